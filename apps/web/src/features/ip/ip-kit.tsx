import { Alert, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import type { TIpReason } from "@renkei/contract";
import type { ReactNode } from "react";
import { isApiError } from "../../api/client";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import { readReason } from "../../lib/reasons";

/** IP reasons in the reader's language, each with the rule's source in words (never a rule id). */
export function IpReasonList({ reasons, color }: { reasons: TIpReason[]; color?: string }) {
  const { locale, label } = useI18n();
  return (
    <List size="sm" spacing={2} c={color}>
      {reasons.map((raw) => {
        const r = readReason(raw);
        return (
          <List.Item key={`${r.ruleId}:${r.text.ja}`}>
            {r.text[locale]}
            {r.citation && (
              <Text span size="xs" c="dimmed">
                {" "}
                — {label(r.citation)}
              </Text>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}

/** A refused request: the rule's reasons when there are some, else the generic banner. */
export function IpErrorAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  const reasons =
    isApiError(error) && Array.isArray(error.details?.reasons)
      ? (error.details.reasons as TIpReason[])
      : null;
  if (!isApiError(error) || error.code !== "RULE_VIOLATION" || !reasons) {
    return <ErrorAlert error={error} />;
  }
  return (
    <Alert color="red" role="alert" title={t("error.RULE_VIOLATION")}>
      <IpReasonList reasons={reasons} />
    </Alert>
  );
}

/** A titled section of the invention page. */
export function IpSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h5">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** Yen with thousands separators. */
export function useYen() {
  const { t, locale } = useI18n();
  return (n: number) => t("ip.yen", { amount: n.toLocaleString(locale === "ja" ? "ja-JP" : "en-US") });
}

/**
 * Save and cancel under a form whose save is decisive (a correction, a new version): the person confirms
 * first; a refusal shows its reasons under the buttons.
 */
export function ConfirmedSave({
  label,
  confirm,
  pending,
  error,
  onSave,
  onCancel,
}: {
  label: string;
  confirm: string;
  pending: boolean;
  error: unknown;
  onSave(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  return (
    <>
      <Group>
        <ConfirmButton loading={pending} title={confirm} onConfirm={onSave}>
          {label}
        </ConfirmButton>
        <Button variant="default" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </Group>
      {error ? <IpErrorAlert error={error} /> : null}
    </>
  );
}
