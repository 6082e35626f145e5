import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { TOwnershipView } from "@renkei/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api/client";
import { partnersApi } from "../../api/endpoints";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { COMMON_COUNTRIES } from "../../lib/countries";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";

type Kind = "organisation" | "person" | "government";
type Relation = "ownership" | "directorship";

/** The officer enters an owner: a registered partner or a named party, the share, dates and source. */
function OwnershipForm({ partnerId, onSaved }: { partnerId: string; onSaved(): void }) {
  const { t, country } = useI18n();
  const [relation, setRelation] = useState<Relation>("ownership");
  const [ownerName, setOwnerName] = useState("");
  const [ownerPartnerId, setOwnerPartnerId] = useState<string | null>(null);
  const [ownerKind, setOwnerKind] = useState<Kind>("organisation");
  const [ownerCountry, setOwnerCountry] = useState<string | null>(null);
  const [share, setShare] = useState<number | string>("");
  const [startDate, setStart] = useState("");
  const [endDate, setEnd] = useState("");
  const [source, setSource] = useState("");
  const [q, setQ] = useState("");
  const found = useQuery({
    queryKey: ["partners", "owner-search", q],
    queryFn: () => partnersApi.list({ q, pageSize: 20 }),
    enabled: q.trim().length >= 2,
  });
  const add = useMutation({
    mutationFn: () =>
      api.post(`/partners/${partnerId}/ownership`, {
        relation,
        ownerName,
        ownerKind,
        ownerCountry,
        ownerPartnerId,
        share: typeof share === "number" ? share : null,
        startDate: startDate || null,
        endDate: endDate || null,
        source,
      }),
    onSuccess: () => {
      setOwnerName("");
      setOwnerPartnerId(null);
      setShare("");
      setSource("");
      onSaved();
    },
  });
  const options = (found.data?.items ?? [])
    .filter((p) => p.id !== partnerId)
    .map((p) => ({ value: p.id, label: p.legalName }));
  return (
    <Stack gap="xs" mt="md">
      <Group align="flex-end">
        <Select
          label={t("ecr.own.relation")}
          data={(["ownership", "directorship"] as const).map((r) => ({
            value: r,
            label: t(`ecr.own.relation.${r}` as MessageKey),
          }))}
          value={relation}
          onChange={(v) => v && setRelation(v as Relation)}
          allowDeselect={false}
          w={160}
        />
        <Select
          label={t("ecr.own.ownerPartner")}
          data={options}
          searchable
          clearable
          searchValue={q}
          onSearchChange={setQ}
          value={ownerPartnerId}
          onChange={(v) => {
            setOwnerPartnerId(v);
            const picked = options.find((o) => o.value === v);
            if (picked) {
              setOwnerName(picked.label);
            }
          }}
          nothingFoundMessage={q.trim().length >= 2 ? t("common.none") : undefined}
          w={260}
        />
        <TextInput
          label={t("ecr.own.owner")}
          value={ownerName}
          onChange={(e) => setOwnerName(e.currentTarget.value)}
          required
          w={240}
        />
        <Select
          label={t("ecr.own.ownerKind")}
          data={(["organisation", "person", "government"] as const).map((k) => ({
            value: k,
            label: t(`ecr.own.ownerKind.${k}` as MessageKey),
          }))}
          value={ownerKind}
          onChange={(v) => v && setOwnerKind(v as Kind)}
          allowDeselect={false}
          w={170}
        />
        <Select
          label={t("ecr.own.ownerCountry")}
          data={COMMON_COUNTRIES.map((c) => ({ value: c, label: country(c) }))}
          value={ownerCountry}
          onChange={setOwnerCountry}
          searchable
          clearable
          w={160}
        />
      </Group>
      <Group align="flex-end">
        <NumberInput label={t("ecr.own.share")} value={share} onChange={setShare} min={0} max={100} w={120} />
        <TextInput
          type="date"
          label={t("ecr.own.start")}
          value={startDate}
          onChange={(e) => setStart(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t("ecr.own.end")}
          value={endDate}
          onChange={(e) => setEnd(e.currentTarget.value)}
        />
        <TextInput
          label={t("ecr.own.source")}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          required
          w={300}
        />
        <Button
          disabled={ownerName.trim() === "" || source.trim() === ""}
          loading={add.isPending}
          onClick={() => add.mutate()}
        >
          {t("ecr.own.add")}
        </Button>
      </Group>
      {add.isError && <ErrorAlert error={add.error} />}
    </Stack>
  );
}

/**
 * Ownership and control of a partner (issue 15 item 5; FtM Ownership / Directorship): the edges, the
 * flag when listed parties own 50 % or more or a foreign government controls it, with the path and the
 * reasons; the office enters and withdraws edges.
 */
export function OwnershipSection({ partnerId }: { partnerId: string }) {
  const { t, date, locale, country, rangeSep, paren, listSep } = useI18n();
  const can = useCan();
  const qc = useQueryClient();
  const key = ["partners", partnerId, "ownership"];
  const view = useQuery({
    queryKey: key,
    queryFn: () => api.get<TOwnershipView>(`/partners/${partnerId}/ownership`),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ["partners", partnerId] });
  const withdraw = useMutation({
    mutationFn: (edgeId: string) => api.del(`/partners/${partnerId}/ownership/${edgeId}`),
    onSuccess: refresh,
  });
  const manage = can("ec.records.manage");
  const v = view.data;
  return (
    <Paper withBorder p="lg" data-testid="ownership">
      <Title order={2} size="h4" mb="xs">
        {t("ecr.own.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("ecr.own.help")}
      </Text>
      {view.isError && <ErrorAlert error={view.error} />}
      {v && (v.listedOwnership || v.foreignGovernmentControl) && (
        <Alert color="red" mb="sm" data-testid="ownership-flag">
          {v.listedOwnership && <Text size="sm">{t("ecr.own.listed", { share: v.listedShare })}</Text>}
          {v.foreignGovernmentControl && <Text size="sm">{t("ecr.own.foreignGov")}</Text>}
          {v.paths.map((p) => (
            <Text key={p.join(">")} size="sm">
              {t("ecr.own.path")}: {p.join(" → ")}
            </Text>
          ))}
          {v.reasons.map((r) => (
            <Text key={r.ruleId + r.text.ja} size="xs" c="dimmed">
              {r.text[locale]}
              {paren(r.citation[locale])}
            </Text>
          ))}
        </Alert>
      )}
      {v && v.edges.length === 0 && <Text size="sm">{t("ecr.own.none")}</Text>}
      {v && v.edges.length > 0 && (
        <Table fz="sm">
          <Table.Tbody>
            {v.edges.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{t(`ecr.own.relation.${e.relation}` as MessageKey)}</Table.Td>
                <Table.Td>
                  {e.ownerName}
                  {paren(
                    [
                      t(`ecr.own.ownerKind.${e.ownerKind}` as MessageKey),
                      e.ownerCountry && country(e.ownerCountry),
                    ]
                      .filter(Boolean)
                      .join(listSep),
                  )}
                </Table.Td>
                <Table.Td>{e.share === null ? "—" : `${e.share} %`}</Table.Td>
                <Table.Td>
                  {date(e.startDate)}
                  {rangeSep}
                  {date(e.endDate)}
                </Table.Td>
                <Table.Td>{e.source}</Table.Td>
                <Table.Td>{t(`ecr.own.origin.${e.origin}` as MessageKey)}</Table.Td>
                <Table.Td>
                  {manage && e.origin === "manual" && (
                    <ConfirmButton
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={withdraw.isPending}
                      title={t("ecr.own.withdrawConfirm")}
                      onConfirm={() => withdraw.mutate(e.id)}
                    >
                      {t("ecr.own.withdraw")}
                    </ConfirmButton>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {withdraw.isError && <ErrorAlert error={withdraw.error} />}
      {manage && <OwnershipForm partnerId={partnerId} onSaved={refresh} />}
    </Paper>
  );
}
