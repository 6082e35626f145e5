import { Alert, List } from "@mantine/core";
import { isApiError } from "../../api/client";
import { ErrorAlert } from "../../components/ui/error-alert";
import { type MessageKey, useI18n } from "../../lib/i18n";

/**
 * A refused workflow step, with the rule's reasons in words (`details.reasons` of RULE_VIOLATION, e.g.
 * `trip.licence_required`); any other error falls back to the generic banner.
 */
export function RuleErrorAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  const reasons = isApiError(error) && Array.isArray(error.details?.reasons) ? error.details.reasons : null;
  if (!isApiError(error) || error.code !== "RULE_VIOLATION" || !reasons) {
    return <ErrorAlert error={error} />;
  }
  const retainUntil = typeof error.details?.retainUntil === "string" ? error.details.retainUntil : "";
  return (
    <Alert color="red" role="alert" title={t("error.RULE_VIOLATION")}>
      <List size="sm">
        {reasons.map((r) => (
          <List.Item key={String(r)}>
            {t(`ec.rule.${String(r)}` as MessageKey, { date: retainUntil })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
