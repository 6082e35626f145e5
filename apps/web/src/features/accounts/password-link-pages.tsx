import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { ZPasswordResetRequest } from "@renkei/contract";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { type FieldErrors, fieldError, serverFieldErrors, validateWith } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { accountsApi } from "./api";
import { PublicShell } from "./public-shell";

/** パスワードを忘れた場合: the same answer whether or not the address has an account. */
export function ForgotPasswordPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [email, setEmail] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const send = useMutation({ mutationFn: () => accountsApi.requestReset(email) });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateWith(ZPasswordResetRequest, { email });
    setErrors(found);
    if (Object.keys(found).length === 0) {
      send.mutate();
    }
  };
  return (
    <PublicShell title={t("forgot.title")}>
      {send.isSuccess ? (
        <Alert color="green" role="status">
          {t("forgot.sent")}
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Text size="sm">{t("forgot.help")}</Text>
            {send.error ? <ErrorAlert error={send.error} /> : null}
            <TextInput
              label={t("auth.email")}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              {...fieldError(errors, "email", i18n)}
            />
            <Button type="submit" loading={send.isPending}>
              {t("forgot.submit")}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        {t("forgot.back")}
      </Anchor>
    </PublicShell>
  );
}

/** The page an invitation or reset mail links to (`/set-password#token=…`). */
export function SetPasswordPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const [token] = useState(() => new URLSearchParams(window.location.hash.slice(1)).get("token") ?? "");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const info = useQuery({
    queryKey: ["password-token", token],
    queryFn: () => accountsApi.tokenInfo(token),
    enabled: token.length > 0,
    retry: false,
  });
  const save = useMutation({
    mutationFn: () => accountsApi.setPassword(token, password),
    onSuccess: () => navigate("/sign-in?done=password", { replace: true }),
    onError: (e) => setErrors(serverFieldErrors(e)),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors = {};
    if (password.length < 10) {
      found.password = "validation.password.too_short";
    } else if (password !== confirm) {
      found.confirm = "password.mismatch";
    }
    setErrors(found);
    if (Object.keys(found).length === 0) {
      save.mutate();
    }
  };
  const title = info.data?.purpose === "reset" ? t("setPassword.resetTitle") : t("setPassword.inviteTitle");
  return (
    <PublicShell title={title}>
      {info.isPending && token && <Loading />}
      {(!token || info.isError) && <Alert color="red">{t("setPassword.invalid")}</Alert>}
      {info.data && (
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Text size="sm" data-testid="set-password-for">
              {t("setPassword.for", { name: info.data.displayName, email: info.data.email })}
            </Text>
            {save.error && Object.keys(errors).length === 0 ? <ErrorAlert error={save.error} /> : null}
            <PasswordInput
              label={t("password.new")}
              description={t("password.newHint")}
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              {...fieldError(errors, "password", i18n)}
            />
            <PasswordInput
              label={t("password.confirm")}
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              {...fieldError(errors, "confirm", i18n)}
            />
            <Button type="submit" loading={save.isPending}>
              {t("setPassword.submit")}
            </Button>
          </Stack>
        </form>
      )}
    </PublicShell>
  );
}
