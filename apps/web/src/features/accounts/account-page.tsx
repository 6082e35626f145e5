import {
  Alert,
  Button,
  Code,
  Group,
  Image,
  List,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { fieldError, serverFieldErrors } from "../../lib/form-errors";
import { type Locale, useI18n } from "../../lib/i18n";
import { SESSION_KEY } from "../auth/session";
import { accountsApi } from "./api";

/** アカウント設定: the user's language (stored on the account, used for mail) and TOTP factor. */
export function AccountPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const account = useQuery({ queryKey: ["account"], queryFn: accountsApi.account });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["account"] });
  const setLocale = useMutation({
    mutationFn: (l: Locale) => accountsApi.setLocale(l),
    onSuccess: (_r, l) => {
      i18n.setLocale(l);
      void refresh();
      void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  const start = useMutation({ mutationFn: accountsApi.totpStart });
  const [code, setCode] = useState("");
  const confirm = useMutation({
    mutationFn: () => accountsApi.totpConfirm(code),
    onSuccess: () => void refresh(),
  });
  const disable = useMutation({ mutationFn: accountsApi.totpDisable, onSuccess: () => void refresh() });
  const errors = serverFieldErrors(confirm.error);
  if (!account.data) {
    return account.error ? <ErrorAlert error={account.error} /> : <Loading />;
  }
  const a = account.data;
  return (
    <Stack maw={640}>
      <PageTitle title={t("account.title")} />
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t("account.language")}
          </Title>
          <SegmentedControl
            w="fit-content"
            aria-label={t("account.language")}
            value={a.locale}
            onChange={(v) => setLocale.mutate(v as Locale)}
            data={[
              { value: "ja", label: "日本語" },
              { value: "en", label: "English" },
            ]}
          />
          {setLocale.isSuccess && (
            <Text size="sm" c="green">
              {t("account.languageSaved")}
            </Text>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t("account.totp")}
          </Title>
          <Text size="sm">
            {a.totpEnabled ? t("account.totpOn", { n: a.recoveryCodesLeft }) : t("account.totpOff")}
          </Text>
          {a.totpRequired && (
            <Text size="sm" c="dimmed">
              {t("account.totpRequired")}
            </Text>
          )}
          {confirm.data && (
            <Alert color="green" title={t("totp.recoveryTitle")}>
              <Text size="sm">{t("totp.recoveryHelp")}</Text>
              <List ff="monospace">
                {confirm.data.recoveryCodes.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {!a.totpEnabled && !start.data && (
            <Button w="fit-content" onClick={() => start.mutate()} loading={start.isPending}>
              {t("account.totpStart")}
            </Button>
          )}
          {!a.totpEnabled && start.data && (
            <Stack gap="xs">
              <Image
                w={180}
                alt="QR"
                src={`data:image/svg+xml;utf8,${encodeURIComponent(start.data.qrSvg)}`}
              />
              <Text size="xs" c="dimmed">
                {t("totp.secret")}
              </Text>
              <Code data-testid="totp-secret">{start.data.secret}</Code>
              <Group align="flex-end">
                <TextInput
                  label={t("totp.code")}
                  inputMode="numeric"
                  value={code}
                  onChange={(e) => setCode(e.currentTarget.value)}
                  {...fieldError(errors, "code", i18n)}
                />
                <Button onClick={() => confirm.mutate()} loading={confirm.isPending}>
                  {t("account.totpConfirm")}
                </Button>
              </Group>
            </Stack>
          )}
          {a.totpEnabled && !a.totpRequired && (
            <ConfirmButton
              w="fit-content"
              variant="light"
              color="red"
              title={t("account.totpDisableConfirm")}
              onConfirm={() => disable.mutate()}
            >
              {t("account.totpDisable")}
            </ConfirmButton>
          )}
          {disable.error ? <ErrorAlert error={disable.error} /> : null}
        </Stack>
      </Paper>
      <Button component={Link} to="/account/password" variant="default" w="fit-content">
        {t("account.password")}
      </Button>
    </Stack>
  );
}
