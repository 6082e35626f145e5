import { Alert, Button, Group, NativeSelect, Pagination, Paper, Stack, Text, TextInput } from "@mantine/core";
import { AUDIT_ACTION_NAMES, AUDIT_ACTIONS } from "@renkei/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router-dom";
import { type AuditQuery, auditApi } from "../../api/endpoints";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { AuditTable } from "./audit-table";

const PAGE_SIZE = 50;
const ENTITY_TYPES = ["partner", "person", "user", "partner_import", "institution"] as const;

/** 監査ログ for auditors and administrators: filter by action / record, page, export CSV. */
export function AuditLogPage() {
  const { t, label } = useI18n();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const query: AuditQuery = {
    action: params.get("action") ?? undefined,
    entityType: params.get("entityType") ?? undefined,
    entityId: params.get("entityId") ?? undefined,
    page: Math.max(1, Number(params.get("page")) || 1),
    pageSize: PAGE_SIZE,
  };
  const list = useQuery({
    queryKey: ["audit", query],
    queryFn: () => auditApi.list(query),
    enabled: can("audit.read"),
    placeholderData: keepPreviousData,
  });
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) {
      next.set(key, value);
    } else {
      next.delete(key);
    }
    if (key !== "page") {
      next.delete("page");
    }
    setParams(next, { replace: true });
  };

  if (!can("audit.read")) {
    return <Alert color="red">{t("error.FORBIDDEN")}</Alert>;
  }
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  return (
    <Stack>
      <PageTitle
        title={t("audit.title")}
        description={t("audit.help")}
        actions={
          <Button component="a" href={auditApi.csvUrl(query)} download variant="default">
            {t("audit.exportCsv")}
          </Button>
        }
      />
      <Paper withBorder p="md">
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t("audit.action")}
            value={query.action ?? ""}
            onChange={(e) => setFilter("action", e.currentTarget.value)}
            data={[
              { value: "", label: t("common.all") },
              ...AUDIT_ACTION_NAMES.map((a) => ({ value: a, label: `${label(AUDIT_ACTIONS[a])} (${a})` })),
            ]}
          />
          <NativeSelect
            label={t("audit.entityType")}
            value={query.entityType ?? ""}
            onChange={(e) => setFilter("entityType", e.currentTarget.value)}
            data={[
              { value: "", label: t("common.all") },
              ...ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entity.${type}`) })),
            ]}
          />
          <TextInput
            label={t("audit.entityId")}
            value={query.entityId ?? ""}
            onChange={(e) => setFilter("entityId", e.currentTarget.value.trim())}
            miw={320}
          />
          <Button variant="subtle" onClick={() => setParams({}, { replace: true })}>
            {t("common.clear")}
          </Button>
        </Group>
      </Paper>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isPending && <Loading />}
      {list.data && (
        <Paper withBorder style={{ opacity: list.isPlaceholderData ? 0.5 : 1 }} aria-busy={list.isFetching}>
          <Text size="sm" c="dimmed" p="sm">
            {t("common.count", { n: list.data.total })}
          </Text>
          {list.data.items.length === 0 ? (
            <Text p="md" c="dimmed">
              {t("audit.empty")}
            </Text>
          ) : (
            <AuditTable items={list.data.items} />
          )}
          {pages > 1 && (
            <Group justify="center" p="sm">
              <Pagination total={pages} value={query.page} onChange={(p) => setFilter("page", String(p))} />
            </Group>
          )}
        </Paper>
      )}
    </Stack>
  );
}
