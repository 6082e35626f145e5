import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router-dom";
import { isApiError } from "../../api/client";
import { authApi } from "../../api/endpoints";
import { LanguageSwitch } from "../../components/ui/language-switch";
import { errorMessage } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useSessionQuery, useSetSession } from "./session";

/** Only same-site paths are followed after sign-in (no open redirect). */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function SignInPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSessionQuery();
  const setSession = useSetSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const login = useMutation({
    mutationFn: () => authApi.login(email, password),
    onSuccess: (s) => {
      setSession(s);
      navigate(safeNext(params.get("next")), { replace: true });
    },
  });

  if (session.data) {
    return <Navigate to={safeNext(params.get("next"))} replace />;
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  const error = login.error;
  const failed =
    isApiError(error) && (error.code === "UNAUTHENTICATED" || error.code === "VALIDATION_FAILED")
      ? t("auth.failed")
      : error
        ? errorMessage(i18n, error)
        : null;

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={420} maw="100%">
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <div>
              <Title order={1} size="h2">
                {t("app.name")}
              </Title>
              <Text c="dimmed" size="sm">
                {t("app.tagline")}
              </Text>
            </div>
            <Title order={2} size="h4">
              {t("auth.title")}
            </Title>
            {failed && (
              <Alert color="red" role="alert">
                {failed}
              </Alert>
            )}
            <TextInput
              label={t("auth.email")}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <PasswordInput
              label={t("auth.password")}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={login.isPending}>
              {t("auth.submit")}
            </Button>
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
