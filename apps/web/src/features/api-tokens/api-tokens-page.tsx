import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { TOKEN_PERMISSIONS, type TokenPermission } from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { apiTokensApi } from "./api";

/**
 * APIトークン: institution tokens for external systems (e.g. the travel / expense system checking a
 * clearance). A new token is shown once; only its first characters are kept for recognition.
 */
export function ApiTokensPage() {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ["api-tokens"], queryFn: () => apiTokensApi.list() });
  const [name, setName] = useState("");
  const [permission, setPermission] = useState<TokenPermission>("clearance.read");
  const [shown, setShown] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["api-tokens"] });
  const create = useMutation({ mutationFn: apiTokensApi.create, onSuccess: refresh });
  const revoke = useMutation({ mutationFn: apiTokensApi.revoke, onSuccess: refresh });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { name, permission },
      {
        onSuccess: (r) => {
          setShown(r.token);
          setName("");
        },
      },
    );
  };
  return (
    <Stack>
      <PageTitle title={t("apiTokens.title")} description={t("apiTokens.help")} />
      {shown && (
        <Alert
          color="green"
          title={t("apiTokens.createdTitle")}
          withCloseButton
          onClose={() => setShown(null)}
        >
          <Stack gap="xs">
            <Text size="sm">{t("apiTokens.createdHelp")}</Text>
            <Group>
              <Code data-testid="new-api-token" fz="sm">
                {shown}
              </Code>
              <CopyButton value={shown}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy}>
                    {copied ? t("apiTokens.copied") : t("apiTokens.copy")}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
      <Paper withBorder p="md">
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t("apiTokens.create")}
            </Title>
            {create.error ? <ErrorAlert error={create.error} /> : null}
            <Group align="flex-end">
              <TextInput
                style={{ flex: 1 }}
                label={t("apiTokens.name")}
                description={t("apiTokens.nameHelp")}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
              />
              <NativeSelect
                label={t("apiTokens.permission")}
                value={permission}
                onChange={(e) => setPermission(e.currentTarget.value as TokenPermission)}
                data={TOKEN_PERMISSIONS.map((p) => ({
                  value: p,
                  label: t(`apiTokens.perm.${p}` as MessageKey),
                }))}
              />
              <Button type="submit" loading={create.isPending} disabled={name.trim() === ""}>
                {t("apiTokens.createButton")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {list.isPending && <Loading />}
      {list.error && <ErrorAlert error={list.error} />}
      {revoke.error ? <ErrorAlert error={revoke.error} /> : null}
      {list.data && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("apiTokens.name")}</Table.Th>
                <Table.Th>{t("apiTokens.prefix")}</Table.Th>
                <Table.Th>{t("apiTokens.permission")}</Table.Th>
                <Table.Th>{t("apiTokens.createdAt")}</Table.Th>
                <Table.Th>{t("apiTokens.lastUsedAt")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((tok) => (
                <Table.Tr key={tok.id}>
                  <Table.Td>{tok.name}</Table.Td>
                  <Table.Td>
                    <Code>{tok.tokenPrefix}…</Code>
                  </Table.Td>
                  <Table.Td>{t(`apiTokens.perm.${tok.permission}` as MessageKey)}</Table.Td>
                  <Table.Td>
                    {dateTime(tok.createdAt)}
                    {tok.createdByName && (
                      <Text size="xs" c="dimmed">
                        {tok.createdByName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{tok.lastUsedAt ? dateTime(tok.lastUsedAt) : t("apiTokens.neverUsed")}</Table.Td>
                  <Table.Td>
                    {tok.revokedAt ? (
                      <Badge color="gray">
                        {t("apiTokens.revokedAt", { date: dateTime(tok.revokedAt) })}
                      </Badge>
                    ) : (
                      <Button size="xs" color="red" variant="light" onClick={() => revoke.mutate(tok.id)}>
                        {t("apiTokens.revoke")}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
