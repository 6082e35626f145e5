import { Alert, Button, Code, Divider, Image, List, Stack, Text, TextInput, Title } from "@mantine/core";
import type { TSessionResponse } from "@renkei/contract";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { isApiError } from "../../api/client";
import { ErrorAlert } from "../../components/ui/error-alert";
import { fieldError, serverFieldErrors } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { accountsApi } from "./api";

const SSO_ERRORS = ["deactivated", "no_account", "no_identifier", "eppn_conflict", "method_disabled"];

/** The sentence for `?sso_error=` after an identity provider sent the person back. */
export function ssoErrorKey(reason: string | null): MessageKey | null {
  if (!reason) {
    return null;
  }
  return SSO_ERRORS.includes(reason) ? (`signIn.ssoError.${reason}` as MessageKey) : "signIn.ssoError.other";
}

/** One button per identity provider an institution switched on (学認, OpenID Connect). */
export function SsoButtons({ next }: { next: string }) {
  const { t, label } = useI18n();
  const methods = useQuery({ queryKey: ["auth-methods"], queryFn: accountsApi.methods, staleTime: 60_000 });
  const sso = methods.data?.sso ?? [];
  if (sso.length === 0) {
    return null;
  }
  return (
    <Stack gap="xs">
      <Divider label={t("signIn.or")} labelPosition="center" />
      {sso.map((m) => {
        const name = m.label || t(`signIn.ssoDefault.${m.protocol}`);
        const institution = label({ ja: m.institutionNameJa, en: m.institutionNameEn });
        return (
          <Button
            key={m.startUrl}
            component="a"
            variant="default"
            href={`${m.startUrl}?next=${encodeURIComponent(next)}`}
            title={institution}
          >
            {t("signIn.sso", { label: name })}
          </Button>
        );
      })}
    </Stack>
  );
}

/**
 * The second step of a sign-in: the authenticator's code, or — when the institution requires a
 * factor the person has not set up — the enrolment (QR code, first code, recovery codes).
 */
export function SecondFactorStep(props: {
  challenge: string;
  mode: "verify" | "enrol";
  onSession(session: TSessionResponse): void;
  onExpired(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [code, setCode] = useState("");
  const [recovery, setRecovery] = useState<{ codes: string[]; session: TSessionResponse } | null>(null);
  const enrolment = useQuery({
    queryKey: ["totp-enrol", props.challenge],
    queryFn: () => accountsApi.enrolStart(props.challenge),
    enabled: props.mode === "enrol",
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const submit = useMutation({
    mutationFn: async () => {
      if (props.mode === "verify") {
        props.onSession(await accountsApi.verifyTotp(props.challenge, code));
        return;
      }
      const done = await accountsApi.enrolConfirm(props.challenge, code);
      if (done.session) {
        setRecovery({ codes: done.recoveryCodes, session: done.session });
      }
    },
    onError: (e) => {
      if (isApiError(e) && e.code === "UNAUTHENTICATED") {
        props.onExpired();
      }
    },
  });
  const errors = serverFieldErrors(submit.error);

  if (recovery) {
    return (
      <Stack>
        <Title order={2} size="h4">
          {t("totp.recoveryTitle")}
        </Title>
        <Text size="sm">{t("totp.recoveryHelp")}</Text>
        <List data-testid="recovery-codes" ff="monospace">
          {recovery.codes.map((c) => (
            <List.Item key={c}>{c}</List.Item>
          ))}
        </List>
        <Button onClick={() => props.onSession(recovery.session)}>{t("totp.continue")}</Button>
      </Stack>
    );
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Title order={2} size="h4">
          {props.mode === "enrol" ? t("totp.enrolTitle") : t("totp.title")}
        </Title>
        <Text size="sm">{props.mode === "enrol" ? t("totp.enrolHelp") : t("totp.help")}</Text>
        {enrolment.error ? <ErrorAlert error={enrolment.error} /> : null}
        {enrolment.data && (
          <Stack gap="xs" align="center">
            <Image
              w={180}
              alt="QR"
              src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.data.qrSvg)}`}
            />
            <Text size="xs" c="dimmed">
              {t("totp.secret")}
            </Text>
            <Code data-testid="totp-secret">{enrolment.data.secret}</Code>
          </Stack>
        )}
        {submit.error && Object.keys(errors).length === 0 && !isApiError(submit.error) ? (
          <ErrorAlert error={submit.error} />
        ) : null}
        {isApiError(submit.error) && submit.error.code === "UNAUTHENTICATED" && (
          <Alert color="red">{t("totp.expired")}</Alert>
        )}
        <TextInput
          label={t("totp.code")}
          autoComplete="one-time-code"
          inputMode="numeric"
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          {...fieldError(errors, "code", i18n)}
        />
        <Button type="submit" loading={submit.isPending}>
          {t("totp.submit")}
        </Button>
      </Stack>
    </form>
  );
}
