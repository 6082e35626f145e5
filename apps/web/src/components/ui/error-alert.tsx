import { Alert } from "@mantine/core";
import { errorMessage } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";

/** A banner for a failed request, worded by error code. */
export function ErrorAlert({ error }: { error: unknown }) {
  const i18n = useI18n();
  return (
    <Alert color="red" role="alert">
      {errorMessage(i18n, error)}
    </Alert>
  );
}
