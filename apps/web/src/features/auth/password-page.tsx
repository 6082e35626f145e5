import { Alert, Button, Paper, PasswordInput, Stack } from "@mantine/core";
import { ZChangePasswordRequest } from "@renkei/contract";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { authApi } from "../../api/endpoints";
import { ErrorAlert } from "../../components/ui/error-alert";
import { PageTitle } from "../../components/ui/page-title";
import { type FieldErrors, fieldError, serverFieldErrors, validateWith } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";

export function PasswordPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const change = useMutation({
    mutationFn: () => authApi.changePassword(currentPassword, newPassword),
    onSuccess: () => {
      setCurrent("");
      setNew("");
      setConfirm("");
    },
    onError: (e) => setErrors(serverFieldErrors(e)),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateWith(ZChangePasswordRequest, { currentPassword, newPassword });
    if (!found.newPassword && newPassword !== confirm) {
      found.confirm = "password.mismatch";
    }
    setErrors(found);
    if (Object.keys(found).length === 0) {
      change.mutate();
    }
  };

  return (
    <Stack maw={480}>
      <PageTitle title={t("password.title")} />
      <Paper withBorder p="lg">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            {change.isSuccess && <Alert color="green">{t("password.done")}</Alert>}
            {change.isError && Object.keys(errors).length === 0 && <ErrorAlert error={change.error} />}
            <PasswordInput
              label={t("password.current")}
              autoComplete="current-password"
              value={currentPassword}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              {...fieldError(errors, "currentPassword", i18n)}
            />
            <PasswordInput
              label={t("password.new")}
              description={t("password.newHint")}
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNew(e.currentTarget.value)}
              {...fieldError(errors, "newPassword", i18n)}
            />
            <PasswordInput
              label={t("password.confirm")}
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              {...fieldError(errors, "confirm", i18n)}
            />
            <Button type="submit" loading={change.isPending} w="fit-content">
              {t("password.submit")}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
