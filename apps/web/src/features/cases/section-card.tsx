import { Alert, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { TCaseDetail } from "@renkei/contract";
import type { CaseSection } from "@renkei/domain";
import type { ReactNode } from "react";
import { useI18n } from "../../lib/i18n";
import { reasonText } from "../../lib/reasons";
import { ReasonList, reasonsOf } from "./reason-list";

/** Whether the signed-in user may change `section` of the case now (role, and the stage's rule). */
export function canChange(
  c: TCaseDetail,
  section: CaseSection,
  need: "edit" | "collaborate" = "edit",
): boolean {
  const allowed = need === "edit" ? c.permissions.edit : c.permissions.collaborate;
  return allowed && c.sections[section].length === 0;
}

/** A titled card; when the section is frozen in this stage, says why (domain `sectionEditReasons`). */
export function SectionCard({
  c,
  section,
  title,
  badge,
  children,
}: {
  c: TCaseDetail;
  section?: CaseSection;
  title: string;
  badge?: ReactNode;
  children: ReactNode;
}) {
  const { t, locale } = useI18n();
  const frozen = section ? c.sections[section] : [];
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5">
            {title}
          </Title>
          <Group gap="xs">
            {badge}
            {frozen.length > 0 && c.permissions.edit && (
              <Badge color="gray" variant="light" title={frozen.map((r) => reasonText(locale, r)).join("\n")}>
                {t("case.readOnlySection")}
              </Badge>
            )}
          </Group>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** A refused write: the domain's reasons, or the error banner text. */
export function RefusedAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) {
    return null;
  }
  const reasons = reasonsOf(error);
  return (
    <Alert color="red" title={reasons.length ? t("case.actions.refused") : undefined} role="alert">
      {reasons.length ? (
        <ReasonList reasons={reasons} />
      ) : (
        <Text size="sm">{t(`error.${(error as { code?: string }).code ?? "INTERNAL"}` as never)}</Text>
      )}
    </Alert>
  );
}
