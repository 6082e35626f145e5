import { Alert, Anchor, Button, Group, NativeSelect, Table, Text, TextInput } from "@mantine/core";
import { SECRET_STATUS_LABELS, SECRET_STATUSES, SECRET_STORAGE_LABELS } from "@renkei/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { useDepartments } from "../cases/queries";
import { useUsers } from "../partners/queries";
import { PartnerPicker } from "../people/partner-picker";
import { type SecretFilters, secretsApi } from "./api";
import { LevelBadge, useSecretScheme } from "./level-badge";
import { SecretItemForm } from "./secret-item-form";

/** The register (issue 12 item 2): search and inventory, only what the reader may see. */
export function SecretRegisterPage() {
  const { t, label, date } = useI18n();
  const can = useCan();
  const scheme = useSecretScheme();
  const [q, setQ] = useState("");
  // Inventory per case, lab, partner or responsible person (H14); a link may open it filtered.
  const [params] = useSearchParams();
  const [filters, setFilters] = useState<SecretFilters>(() => ({
    caseId: params.get("caseId") ?? undefined,
    responsibleUserId: params.get("responsibleUserId") ?? undefined,
  }));
  const users = useUsers();
  const departments = useDepartments();
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: ["secrets", "list", filters], queryFn: () => secretsApi.list(filters) });
  return (
    <>
      <PageTitle
        title={t("secrets.title")}
        description={t("secrets.help")}
        actions={
          <>
            <Anchor href={secretsApi.csvUrl(filters)}>{t("secrets.csv")}</Anchor>
            <Anchor href={secretsApi.pdfUrl({ caseId: filters.caseId, departmentId: filters.departmentId })}>
              {t("secrets.pdf")}
            </Anchor>
            {can("secret.write") && <Button onClick={() => setCreating(true)}>{t("secrets.new")}</Button>}
          </>
        }
      />
      {creating && <SecretItemForm onDone={() => setCreating(false)} />}
      <Group
        align="flex-end"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          setFilters({ ...filters, q: q || undefined });
        }}
      >
        <TextInput label={t("common.search")} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
        <NativeSelect
          label={t("secrets.col.level")}
          value={filters.level ?? ""}
          onChange={(e) => setFilters({ ...filters, level: e.currentTarget.value || undefined })}
          data={[
            { value: "", label: t("common.all") },
            ...scheme.levels.map((l) => ({ value: String(l.level), label: label(l.name) })),
          ]}
        />
        <NativeSelect
          label={t("secrets.col.status")}
          value={filters.status ?? ""}
          onChange={(e) => setFilters({ ...filters, status: e.currentTarget.value || undefined })}
          data={[
            { value: "", label: t("common.all") },
            ...SECRET_STATUSES.map((s) => ({ value: s, label: label(SECRET_STATUS_LABELS[s]) })),
          ]}
        />
        <NativeSelect
          label={t("secrets.col.responsible")}
          value={filters.responsibleUserId ?? ""}
          onChange={(e) => setFilters({ ...filters, responsibleUserId: e.currentTarget.value || undefined })}
          data={[
            { value: "", label: t("common.all") },
            ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName })),
          ]}
        />
        <NativeSelect
          label={t("secrets.print.department")}
          value={filters.departmentId ?? ""}
          onChange={(e) => setFilters({ ...filters, departmentId: e.currentTarget.value || undefined })}
          data={[
            { value: "", label: t("common.all") },
            ...(departments.data?.items ?? []).map((d) => ({
              value: d.id,
              label: label({ ja: d.nameJa, en: d.nameEn }),
            })),
          ]}
        />
        <PartnerPicker
          label={t("secrets.col.partner")}
          value={filters.partnerId ?? null}
          onChange={(id) => setFilters({ ...filters, partnerId: id ?? undefined })}
        />
        <Button type="submit" variant="light">
          {t("common.search")}
        </Button>
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : (
        <>
          {list.data.hidden > 0 && (
            <Alert color="gray" mt="sm">
              {t("secrets.hidden", { n: list.data.hidden })}
            </Alert>
          )}
          {list.data.items.length === 0 ? (
            <Text c="dimmed" mt="sm">
              {t("secrets.empty")}
            </Text>
          ) : (
            <Table mt="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("secrets.col.title")}</Table.Th>
                  <Table.Th>{t("secrets.col.level")}</Table.Th>
                  <Table.Th>{t("secrets.col.partner")}</Table.Th>
                  <Table.Th>{t("secrets.col.case")}</Table.Th>
                  <Table.Th>{t("secrets.col.responsible")}</Table.Th>
                  <Table.Th>{t("secrets.col.storage")}</Table.Th>
                  <Table.Th>{t("secrets.col.until")}</Table.Th>
                  <Table.Th>{t("secrets.col.status")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/secrets/items/${i.id}`}>
                        {i.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <LevelBadge level={i.level} />
                    </Table.Td>
                    <Table.Td>{i.partner?.name ?? "—"}</Table.Td>
                    <Table.Td>
                      {i.case ? (
                        <Anchor component={Link} to={`/cases/${i.case.id}`}>
                          {i.case.ref}
                        </Anchor>
                      ) : (
                        "—"
                      )}
                    </Table.Td>
                    <Table.Td>{i.responsible?.name}</Table.Td>
                    <Table.Td>
                      {label(SECRET_STORAGE_LABELS[i.storageKind])}
                      {i.storageLocation ? `: ${i.storageLocation}` : ""}
                    </Table.Td>
                    <Table.Td>{i.secrecyUntil ? date(i.secrecyUntil) : "—"}</Table.Td>
                    <Table.Td>{label(SECRET_STATUS_LABELS[i.status])}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </>
  );
}
