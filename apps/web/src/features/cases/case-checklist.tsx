import { Alert, Badge, Group, Paper, Text } from "@mantine/core";
import { CASE_STAGE_LABELS, CASE_STAGES, type CaseStage } from "@renkei/domain";
import { useI18n } from "../../lib/i18n";

const STEPS: readonly CaseStage[] = CASE_STAGES.filter((s) => s !== "declined" && s !== "withdrawn");

/** The steps of seed 001 §IV.2–3 as a checklist: done, current, to come. */
export function CaseChecklist({ stage }: { stage: CaseStage }) {
  const { t, label } = useI18n();
  const ended = stage === "declined" || stage === "withdrawn";
  const current = STEPS.indexOf(stage);
  return (
    <Paper withBorder p="sm">
      <Text size="sm" fw={700} mb={6}>
        {t("case.checklist")}
      </Text>
      {ended && (
        <Alert color="gray" mb="xs" p="xs">
          {t("case.endedAt", { stage: label(CASE_STAGE_LABELS[stage]) })}
        </Alert>
      )}
      <Group
        gap={6}
        component="ol"
        style={{ listStyle: "none", padding: 0, margin: 0 }}
        aria-label={t("case.checklist")}
      >
        {STEPS.map((s, i) => {
          const done = !ended && (i < current || stage === "closed");
          const isCurrent = !ended && i === current && stage !== "closed";
          return (
            <li key={s} aria-current={isCurrent ? "step" : undefined}>
              <Badge
                size="lg"
                radius="sm"
                variant={isCurrent ? "filled" : done ? "light" : "outline"}
                color={isCurrent ? "indigo" : done ? "green" : "gray"}
                title={isCurrent ? t("case.checklist.current") : done ? t("case.checklist.done") : undefined}
                style={{ textTransform: "none" }}
              >
                {done ? "✓ " : `${i + 1}. `}
                {label(CASE_STAGE_LABELS[s])}
              </Badge>
            </li>
          );
        })}
      </Group>
    </Paper>
  );
}
