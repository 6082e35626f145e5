import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { TNpRecords } from "@renkei/contract";
import {
  DATA_ACCESS_LABELS,
  DATA_ACCESS_LEVELS,
  type DataAccessLevel,
  NP_RESULT_DECISION_LABELS,
  NP_RESULT_DECISIONS,
  type NpResultDecision,
} from "@renkei/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useParams } from "react-router-dom";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { todayIso } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { ipApi } from "./api";
import { IpErrorAlert, IpReasonList, IpSection } from "./ip-kit";
import { NpStandards } from "./np-standards";
import { NpSubcontractors } from "./np-subcontractors";
import { useInventions, useIpMutation } from "./queries";

/** 国プロの知財: results and their publish / patent / secret decisions, data plan, technologies, subcontractors, standards (seed 004 §4). */
export function NationalProjectPage() {
  const { caseId = "" } = useParams();
  const { t } = useI18n();
  const q = useQuery({ queryKey: ["ip", "np", caseId], queryFn: () => ipApi.np(caseId) });
  if (q.isPending) {
    return <Loading />;
  }
  if (q.isError) {
    return <ErrorAlert error={q.error} />;
  }
  const d = q.data;
  return (
    <Stack>
      <PageTitle title={`${d.caseRef} ${d.caseTitle}`} description={t("ip.np.help")} />
      <Results d={d} />
      <DataPlan d={d} />
      <Technologies d={d} />
      <NpSubcontractors d={d} />
      <NpStandards d={d} />
    </Stack>
  );
}

function Results({ d }: { d: TNpRecords }) {
  const { t, label, date, paren } = useI18n();
  const can = useCan();
  const inventions = useInventions(can("ip.read") && d.canEdit);
  const [draft, setDraft] = useState({ title: "", description: "", inventionId: "" });
  const add = useIpMutation(() =>
    ipApi.npPost(d.caseId, "results", { ...draft, inventionId: draft.inventionId || null }),
  );
  const decide = useIpMutation((a: { id: string; body: unknown }) =>
    ipApi.npPost(d.caseId, `results/${a.id}/decision`, a.body),
  );
  const [choice, setChoice] = useState<Record<string, { decision: NpResultDecision; reason: string }>>({});
  return (
    <IpSection title={t("ip.np.results")}>
      {d.results.length === 0 && <Text c="dimmed">{t("ip.empty")}</Text>}
      {d.results.map((r) => {
        const c = choice[r.id] ?? { decision: "publish" as NpResultDecision, reason: "" };
        return (
          <Stack key={r.id} gap={4} data-testid="np-result">
            <Group>
              <Text fw={600}>{r.title}</Text>
              {r.inventionRef && <Badge variant="light">{r.inventionRef}</Badge>}
              <Badge color={r.decision ? "blue" : "gray"}>
                {r.decision ? label(NP_RESULT_DECISION_LABELS[r.decision]) : t("ip.np.undecided")}
              </Badge>
            </Group>
            {r.description && <Text size="sm">{r.description}</Text>}
            {r.decision && (
              <Text size="sm">
                {r.decisionReason}
                {paren([r.decidedByName, r.decidedOn && date(r.decidedOn)].filter(Boolean).join(" "))}
              </Text>
            )}
            {d.canDecide && (
              <Group align="end">
                <NativeSelect
                  label={t("ip.np.decision")}
                  data={NP_RESULT_DECISIONS.map((v) => ({
                    value: v,
                    label: label(NP_RESULT_DECISION_LABELS[v]),
                  }))}
                  value={c.decision}
                  onChange={(e) =>
                    setChoice({
                      ...choice,
                      [r.id]: { ...c, decision: e.currentTarget.value as NpResultDecision },
                    })
                  }
                />
                <TextInput
                  label={t("ip.np.reason")}
                  value={c.reason}
                  onChange={(e) => setChoice({ ...choice, [r.id]: { ...c, reason: e.currentTarget.value } })}
                />
                <ConfirmButton
                  title={t("ip.np.confirmDecision")}
                  onConfirm={() =>
                    decide.mutate({ id: r.id, body: { ...c, decidedOn: todayIso(), version: r.version } })
                  }
                >
                  {t("ip.np.record")}
                </ConfirmButton>
              </Group>
            )}
          </Stack>
        );
      })}
      {decide.error && <IpErrorAlert error={decide.error} />}
      {d.canEdit && (
        <Group align="end" wrap="wrap">
          <TextInput
            label={t("ip.np.resultTitle")}
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
          />
          <Textarea
            label={t("ip.np.resultDescription")}
            autosize
            miw={280}
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
          />
          {inventions.data && (
            <NativeSelect
              label={t("ip.np.resultInvention")}
              value={draft.inventionId}
              onChange={(e) => setDraft({ ...draft, inventionId: e.currentTarget.value })}
              data={[
                { value: "", label: "—" },
                ...inventions.data.items.map((i) => ({ value: i.id, label: `${i.ref} ${i.title}` })),
              ]}
            />
          )}
          <Button
            variant="light"
            onClick={() =>
              add.mutate(undefined, {
                onSuccess: () => setDraft({ title: "", description: "", inventionId: "" }),
              })
            }
          >
            {t("ip.np.addResult")}
          </Button>
        </Group>
      )}
      {add.error && <IpErrorAlert error={add.error} />}
    </IpSection>
  );
}

type Row = TNpRecords["datasets"][number];

function DataPlan({ d }: { d: TNpRecords }) {
  const { t, label } = useI18n();
  const [rows, setRows] = useState<Row[]>(d.datasets);
  const save = useIpMutation(() =>
    ipApi.npPut(d.caseId, "data-plan", { datasets: rows, version: d.version }),
  );
  const set = (i: number, patch: Partial<Row>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const field = (i: number, k: "name" | "reason" | "repository" | "manager") => (
    <TextInput
      aria-label={t(`ip.np.data.${k}`)}
      value={rows[i]![k]}
      disabled={!d.canEdit}
      onChange={(e) => set(i, { [k]: e.currentTarget.value })}
    />
  );
  return (
    <IpSection title={t("ip.np.data")}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            {(["name", "access", "reason", "repository", "manager"] as const).map((k) => (
              <Table.Th key={k}>{t(`ip.np.data.${k}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows being edited have no id yet.
            <Table.Tr key={i}>
              <Table.Td>{field(i, "name")}</Table.Td>
              <Table.Td>
                <NativeSelect
                  aria-label={t("ip.np.data.access")}
                  disabled={!d.canEdit}
                  data={DATA_ACCESS_LEVELS.map((v) => ({ value: v, label: label(DATA_ACCESS_LABELS[v]) }))}
                  value={r.access}
                  onChange={(e) => set(i, { access: e.currentTarget.value as DataAccessLevel })}
                />
              </Table.Td>
              <Table.Td>{field(i, "reason")}</Table.Td>
              <Table.Td>{field(i, "repository")}</Table.Td>
              <Table.Td>{field(i, "manager")}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {d.dataWarnings.length > 0 && <IpReasonList reasons={d.dataWarnings} color="orange" />}
      {d.canEdit && (
        <Group>
          <Button
            variant="subtle"
            onClick={() =>
              setRows([...rows, { name: "", access: "open", reason: "", repository: "", manager: "" }])
            }
          >
            {t("ip.np.data.add")}
          </Button>
          <Button onClick={() => save.mutate(undefined)}>{t("ip.np.save")}</Button>
        </Group>
      )}
      {save.error && <IpErrorAlert error={save.error} />}
    </IpSection>
  );
}

function Technologies({ d }: { d: TNpRecords }) {
  const { t, locale } = useI18n();
  const lists = useQuery({ queryKey: ["ip", "tech-lists"], queryFn: ipApi.techLists });
  const [codes, setCodes] = useState<string[]>(d.techCodes);
  const latest = lists.data?.items[0];
  const save = useIpMutation(() =>
    ipApi.npPut(d.caseId, "technologies", { listId: latest!.id, codes, version: d.version }),
  );
  if (!latest) {
    return (
      <IpSection title={t("ip.np.tech")}>
        <Text c="dimmed">{t("ip.np.tech.noList")}</Text>
      </IpSection>
    );
  }
  return (
    <IpSection title={t("ip.np.tech")}>
      <Text size="sm">{t("ip.np.tech.version", { n: d.techList?.version ?? latest.version })}</Text>
      <Checkbox.Group value={codes} onChange={setCodes}>
        <Group>
          {latest.items.map((i) => (
            <Checkbox
              key={i.code}
              value={i.code}
              label={locale === "en" ? i.labelEn : i.labelJa}
              disabled={!d.canEdit}
            />
          ))}
        </Group>
      </Checkbox.Group>
      {d.canEdit && <Button onClick={() => save.mutate(undefined)}>{t("ip.np.save")}</Button>}
      {save.error && <IpErrorAlert error={save.error} />}
    </IpSection>
  );
}
