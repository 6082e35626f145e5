import { Alert, List } from "@mantine/core";
import { isApiError } from "../../api/client";
import { ErrorAlert } from "../../components/ui/error-alert";
import { labelledMessage } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { reasonText } from "./reason-text";

interface ReasonLike {
  ruleId: string;
  text: string;
}

/**
 * A refused step with the domain's reasons (RULE_VIOLATION) or the field problems, each named by its
 * label from `labels` (path → label) in a sentence; other errors as usual.
 */
export function RuleViolationAlert({
  error,
  labels = {},
}: {
  error: unknown;
  labels?: Record<string, string>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (isApiError(error) && error.code === "RULE_VIOLATION" && Array.isArray(error.details?.reasons)) {
    const reasons = error.details.reasons as ReasonLike[];
    return (
      <Alert color="orange" role="alert" title={t("ec.ruleViolation")}>
        <List size="sm">
          {reasons.map((r) => (
            <List.Item key={r.ruleId + reasonText(i18n, r)}>{reasonText(i18n, r)}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  if (isApiError(error) && error.code === "VALIDATION_FAILED" && error.issues.length > 0) {
    return (
      <Alert color="red" role="alert" title={t("error.VALIDATION_FAILED")}>
        <List size="sm">
          {error.issues.map((i) => (
            <List.Item key={i.path + i.message}>
              {labelledMessage(i18n, i.message, labels[i.path] ?? labels[i.path.split(".")[0] ?? ""])}
            </List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}
