import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  NativeSelect,
  Paper,
  PasswordInput,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import type { TAuthSettings } from "@renkei/contract";
import { ROLE_LABELS, ROLES, type Role } from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { fieldError, serverFieldErrors } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { accountsApi } from "./api";

type Form = TAuthSettings & { clientSecret: string; idpCert: string };

/** 管理 > 機関設定: name, sign-in methods, identity providers, TOTP-required roles, JIT creation. */
export function InstitutionSettingsPage() {
  const i18n = useI18n();
  const { t, label } = i18n;
  const queryClient = useQueryClient();
  const current = useQuery({ queryKey: ["admin-settings"], queryFn: accountsApi.settings });
  const [f, setF] = useState<Form | null>(null);
  useEffect(() => {
    if (current.data) {
      setF({ ...current.data, clientSecret: "", idpCert: "" });
    }
  }, [current.data]);
  const save = useMutation({
    mutationFn: (v: Form) =>
      accountsApi.saveSettings({
        version: v.version,
        nameJa: v.nameJa,
        nameEn: v.nameEn,
        passwordEnabled: v.passwordEnabled,
        oidcEnabled: v.oidcEnabled,
        samlEnabled: v.samlEnabled,
        totpRequiredRoles: v.totpRequiredRoles,
        jitEnabled: v.jitEnabled,
        jitDefaultRole: v.jitDefaultRole,
        oidc: {
          issuer: v.oidc.issuer,
          clientId: v.oidc.clientId,
          clientSecret: v.clientSecret,
          label: v.oidc.label,
        },
        saml: {
          entryPoint: v.saml.entryPoint,
          idpIssuer: v.saml.idpIssuer,
          idpCert: v.idpCert,
          label: v.saml.label,
        },
      }),
    onSuccess: (saved) => queryClient.setQueryData(["admin-settings"], saved),
  });
  const errors = serverFieldErrors(save.error);
  if (!f) {
    return current.error ? <ErrorAlert error={current.error} /> : <Loading />;
  }
  const set = (patch: Partial<Form>) => setF({ ...f, ...patch });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(f);
  };
  const toggleRole = (role: Role, on: boolean) =>
    set({
      totpRequiredRoles: on ? [...f.totpRequiredRoles, role] : f.totpRequiredRoles.filter((r) => r !== role),
    });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PageTitle title={t("admin.settings.title")} description={t("admin.settings.help")} />
        {save.isSuccess && (
          <Alert color="green" role="status">
            {t("admin.settings.saved")}
          </Alert>
        )}
        {save.error && Object.keys(errors).length === 0 ? <ErrorAlert error={save.error} /> : null}
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t("admin.settings.names")}
          </Title>
          <Group grow>
            <TextInput
              label={t("admin.settings.nameJa")}
              value={f.nameJa}
              onChange={(e) => set({ nameJa: e.currentTarget.value })}
              {...fieldError(errors, "nameJa", i18n)}
            />
            <TextInput
              label={t("admin.settings.nameEn")}
              value={f.nameEn}
              onChange={(e) => set({ nameEn: e.currentTarget.value })}
              {...fieldError(errors, "nameEn", i18n)}
            />
          </Group>
        </Paper>
        <Paper withBorder p="md">
          <Stack>
            <Title order={2} size="h4">
              {t("admin.settings.methods")}
            </Title>
            <Switch
              label={t("admin.settings.password")}
              description={t("admin.settings.passwordHelp")}
              checked={f.passwordEnabled}
              onChange={(e) => set({ passwordEnabled: e.currentTarget.checked })}
            />
            <Switch
              label={t("admin.settings.saml")}
              checked={f.samlEnabled}
              disabled={f.saml.fromEnvironment}
              onChange={(e) => set({ samlEnabled: e.currentTarget.checked })}
            />
            {f.saml.fromEnvironment ? (
              <Text size="sm" c="dimmed">
                {t("admin.settings.fromEnv")}
              </Text>
            ) : (
              <Stack gap="xs" pl="xl">
                <TextInput
                  label={t("admin.settings.entryPoint")}
                  value={f.saml.entryPoint}
                  onChange={(e) => set({ saml: { ...f.saml, entryPoint: e.currentTarget.value } })}
                  {...fieldError(errors, "saml", i18n)}
                />
                <TextInput
                  label={t("admin.settings.idpIssuer")}
                  value={f.saml.idpIssuer}
                  onChange={(e) => set({ saml: { ...f.saml, idpIssuer: e.currentTarget.value } })}
                />
                <Textarea
                  label={t("admin.settings.idpCert")}
                  description={f.saml.idpCertSet ? t("admin.settings.secretKept") : undefined}
                  autosize
                  minRows={2}
                  value={f.idpCert}
                  onChange={(e) => set({ idpCert: e.currentTarget.value })}
                />
                <TextInput
                  label={t("admin.settings.label")}
                  value={f.saml.label}
                  onChange={(e) => set({ saml: { ...f.saml, label: e.currentTarget.value } })}
                />
              </Stack>
            )}
            <Text size="sm">
              {t("admin.settings.metadataUrl")}: <Code>{f.saml.metadataUrl}</Code>
            </Text>
            <Switch
              label={t("admin.settings.oidc")}
              checked={f.oidcEnabled}
              disabled={f.oidc.fromEnvironment}
              onChange={(e) => set({ oidcEnabled: e.currentTarget.checked })}
            />
            {f.oidc.fromEnvironment ? (
              <Text size="sm" c="dimmed">
                {t("admin.settings.fromEnv")}
              </Text>
            ) : (
              <Stack gap="xs" pl="xl">
                <TextInput
                  label={t("admin.settings.issuer")}
                  value={f.oidc.issuer}
                  onChange={(e) => set({ oidc: { ...f.oidc, issuer: e.currentTarget.value } })}
                  {...fieldError(errors, "oidc", i18n)}
                />
                <TextInput
                  label={t("admin.settings.clientId")}
                  value={f.oidc.clientId}
                  onChange={(e) => set({ oidc: { ...f.oidc, clientId: e.currentTarget.value } })}
                />
                <PasswordInput
                  label={t("admin.settings.clientSecret")}
                  description={f.oidc.clientSecretSet ? t("admin.settings.secretKept") : undefined}
                  value={f.clientSecret}
                  onChange={(e) => set({ clientSecret: e.currentTarget.value })}
                />
                <TextInput
                  label={t("admin.settings.label")}
                  value={f.oidc.label}
                  onChange={(e) => set({ oidc: { ...f.oidc, label: e.currentTarget.value } })}
                />
              </Stack>
            )}
            <Text size="sm">
              {t("admin.settings.redirectUri")}: <Code>{f.oidc.redirectUri}</Code>
            </Text>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t("admin.settings.totp")}
          </Title>
          <Group>
            {ROLES.map((r) => (
              <Checkbox
                key={r}
                label={label(ROLE_LABELS[r])}
                checked={f.totpRequiredRoles.includes(r)}
                onChange={(e) => toggleRole(r, e.currentTarget.checked)}
              />
            ))}
          </Group>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t("admin.settings.jit")}
            </Title>
            <Switch
              label={t("admin.settings.jitEnabled")}
              description={t("admin.settings.jitHelp")}
              checked={f.jitEnabled}
              onChange={(e) => set({ jitEnabled: e.currentTarget.checked })}
            />
            <NativeSelect
              label={t("admin.settings.jitRole")}
              w={320}
              value={f.jitDefaultRole ?? ""}
              onChange={(e) => set({ jitDefaultRole: (e.currentTarget.value || null) as Role | null })}
              data={[
                { value: "", label: "—" },
                ...ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) })),
              ]}
              {...fieldError(errors, "jitDefaultRole", i18n)}
            />
          </Stack>
        </Paper>
        <Button type="submit" loading={save.isPending} w="fit-content">
          {t("common.save")}
        </Button>
      </Stack>
    </form>
  );
}
