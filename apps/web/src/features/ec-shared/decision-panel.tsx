import { Button, Group, Paper, Stack, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useI18n } from "../../lib/i18n";
import { RuleErrorAlert } from "./rule-error";

export interface DecisionAction<T extends string> {
  value: T;
  label: string;
  color: string;
}

/** The officer's decision: one comment, one button per decision; the server enforces the rules. */
export function DecisionPanel<T extends string>({
  title,
  help,
  actions,
  onDecide,
  pending,
  error,
}: {
  title: string;
  help?: string;
  actions: DecisionAction<T>[];
  onDecide(value: T, comment: string): void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useI18n();
  const [comment, setComment] = useState("");
  return (
    <Paper withBorder p="md" bg="indigo.0">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {error ? <RuleErrorAlert error={error} /> : null}
        <Textarea
          label={t("ec.decisionComment")}
          description={help}
          autosize
          minRows={2}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Group>
          {actions.map((a) => (
            <Button
              key={a.value}
              color={a.color}
              loading={pending}
              onClick={() => onDecide(a.value, comment)}
            >
              {a.label}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
