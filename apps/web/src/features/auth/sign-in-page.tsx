import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { TSessionResponse } from "@renkei/contract";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router-dom";
import { isApiError } from "../../api/client";
import { LanguageSwitch } from "../../components/ui/language-switch";
import { errorMessage } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { accountsApi } from "../accounts/api";
import { SecondFactorStep, SsoButtons, ssoErrorKey } from "../accounts/sign-in-parts";
import { useSessionQuery, useSetSession } from "./session";

/** A second-factor step handed over by single sign-on in the URL fragment (never sent to a server). */
function challengeFromHash(): { challenge: string; mode: "verify" | "enrol"; next: string } | null {
  const h = new URLSearchParams(window.location.hash.slice(1));
  const challenge = h.get("challenge");
  return challenge
    ? { challenge, mode: h.get("mode") === "enrol" ? "enrol" : "verify", next: h.get("next") ?? "/" }
    : null;
}

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
  const [second, setSecond] = useState(challengeFromHash);
  const next = safeNext(second?.next ?? params.get("next"));
  const finish = (s: TSessionResponse) => {
    setSession(s);
    i18n.setLocale(s.user.locale);
    navigate(next, { replace: true });
  };
  const login = useMutation({
    mutationFn: () => accountsApi.login(email, password),
    onSuccess: (r) => {
      if ("secondFactor" in r) {
        setSecond({ ...r.secondFactor, next });
      } else {
        finish(r);
      }
    },
  });

  if (session.data) {
    return <Navigate to={next} replace />;
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  const error = login.error;
  const ssoError = ssoErrorKey(params.get("sso_error"));
  const failed =
    isApiError(error) && error.details?.reason === "method_disabled"
      ? t("signIn.methodDisabled")
      : isApiError(error) && (error.code === "UNAUTHENTICATED" || error.code === "VALIDATION_FAILED")
        ? t("auth.failed")
        : error
          ? errorMessage(i18n, error)
          : ssoError
            ? t(ssoError)
            : null;

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={420} maw="100%">
        {second ? (
          <SecondFactorStep
            challenge={second.challenge}
            mode={second.mode}
            onSession={finish}
            onExpired={() => {
              window.history.replaceState(null, "", window.location.pathname);
            }}
          />
        ) : (
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
              {params.get("done") === "password" && !failed && (
                <Alert color="green">{t("signIn.passwordSet")}</Alert>
              )}
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
              <Anchor component={Link} to="/forgot-password" size="sm">
                {t("signIn.forgot")}
              </Anchor>
              <SsoButtons next={next} />
              <LanguageSwitch />
            </Stack>
          </form>
        )}
      </Paper>
    </Center>
  );
}
