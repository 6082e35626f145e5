import { Button, Group, Paper, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import type { TMatch, TMatchInput, TSeedNeedRegister } from "@renkei/contract";
import { MATCH_STATUS_LABELS, MATCH_STATUSES, type MatchStatus } from "@renkei/domain";
import { type FormEvent, useMemo, useState } from "react";
import { type DataColumn, DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { crmApi } from "./api";
import { MatchStatusBadge } from "./crm-badges";
import { useCrmMutation } from "./queries";

/**
 * The match view (seed 001 事例17: マッチング): which seed answers which partner's need and how far it
 * went; recording the same pair again moves it on.
 */
export function RegisterMatches({ register }: { register: TSeedNeedRegister }) {
  const { t, label, date } = useI18n();
  const can = useCan();
  const [pair, setPair] = useState<{ seedId: string; needId: string; status: MatchStatus; note: string }>({
    seedId: "",
    needId: "",
    status: "proposed",
    note: "",
  });
  const columns = useMemo<DataColumn<TMatch>[]>(
    () => [
      { key: "seed", header: t("crm.reg.seed"), value: (m) => m.seed.label },
      { key: "need", header: t("crm.reg.need"), value: (m) => m.need.label },
      { key: "partner", header: t("crm.reg.reactionPartner"), value: (m) => m.partner?.label ?? "" },
      {
        key: "status",
        header: t("crm.reg.matchStatus"),
        value: (m) => label(MATCH_STATUS_LABELS[m.status]),
        render: (m) => <MatchStatusBadge status={m.status} />,
        filter: true,
      },
      { key: "note", header: t("crm.reg.matchNote"), value: (m) => m.note },
      { key: "updatedAt", header: t("crm.reg.updated"), value: (m) => date(m.updatedAt), width: 110 },
      ...(can("crm.register_write")
        ? [
            {
              key: "edit",
              header: "",
              value: () => "",
              render: (m: TMatch) => (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() =>
                    setPair({ seedId: m.seed.id, needId: m.need.id, status: m.status, note: m.note })
                  }
                >
                  {t("crm.reg.matchEdit")}
                </Button>
              ),
            },
          ]
        : []),
    ],
    [t, label, date, can],
  );
  return (
    <Stack>
      <DataTable
        rows={register.matches}
        columns={columns}
        rowKey={(m) => m.id}
        fileName="matches"
        testId="matches"
      />
      {can("crm.register_write") && (
        <MatchForm
          register={register}
          value={pair}
          onChange={setPair}
          key={`${pair.seedId}-${pair.needId}`}
        />
      )}
    </Stack>
  );
}

type Pair = { seedId: string; needId: string; status: MatchStatus; note: string };

function MatchForm({
  register,
  value,
  onChange,
}: {
  register: TSeedNeedRegister;
  value: Pair;
  onChange(p: Pair): void;
}) {
  const { t, label, paren } = useI18n();
  const [note, setNote] = useState(value.note);
  const [status, setStatus] = useState<MatchStatus>(value.status);
  const save = useCrmMutation((input: TMatchInput) => crmApi.saveMatch(input));
  const options = (kind: "seed" | "need") =>
    register.entries
      // A closed entry is no longer offered for new matches, but a match made with it can still move on.
      .filter((e) => e.kind === kind && (!e.closed || e.id === value.seedId || e.id === value.needId))
      .map((e) => ({ value: e.id, label: e.partner ? `${e.title}${paren(e.partner.label)}` : e.title }));
  const seeds = options("seed");
  const needs = options("need");
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { seedId: value.seedId, needId: value.needId, status, note },
      { onSuccess: () => onChange({ seedId: "", needId: "", status: "proposed", note: "" }) },
    );
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate>
      <Title order={3} size="h5" mb="xs">
        {t("crm.reg.matchSave")}
      </Title>
      <Stack>
        <Text size="sm" c="dimmed">
          {seeds.length === 0 || needs.length === 0 ? t("crm.reg.noSeeds") : t("crm.reg.matchHelp")}
        </Text>
        <Group grow align="flex-start">
          <Select
            label={t("crm.reg.seed")}
            required
            searchable
            value={value.seedId || null}
            onChange={(v) => onChange({ ...value, seedId: v ?? "", status, note })}
            data={seeds}
          />
          <Select
            label={t("crm.reg.need")}
            required
            searchable
            value={value.needId || null}
            onChange={(v) => onChange({ ...value, needId: v ?? "", status, note })}
            data={needs}
          />
          <Select
            label={t("crm.reg.matchStatus")}
            required
            allowDeselect={false}
            value={status}
            onChange={(v) => v && setStatus(v as MatchStatus)}
            data={MATCH_STATUSES.map((s) => ({ value: s, label: label(MATCH_STATUS_LABELS[s]) }))}
          />
        </Group>
        <Textarea
          label={t("crm.reg.matchNote")}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {save.error && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} disabled={!value.seedId || !value.needId}>
            {t("crm.reg.matchSave")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
