import { Button, Group, NativeSelect, Text, TextInput } from "@mantine/core";
import type { TNpRecords } from "@renkei/contract";
import {
  STANDARD_ACTIVITY_KINDS,
  STANDARD_ACTIVITY_LABELS,
  STANDARD_ACTIVITY_STATUSES,
  type StandardActivityKind,
  type StandardActivityStatus,
} from "@renkei/domain";
import { useState } from "react";
import { DataTable } from "../../components/ui/data-table";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { ipApi } from "./api";
import { IpErrorAlert, IpSection } from "./ip-kit";
import { useIpMutation } from "./queries";

type Std = TNpRecords["standards"][number];
const EMPTY = {
  kind: "information" as StandardActivityKind,
  body: "",
  title: "",
  status: "planned" as StandardActivityStatus,
  startsOn: "",
  note: "",
};

/** 標準化活動 of a national project (seed 004 §4; issue 17 item 6): body, what, where it stands. */
export function NpStandards({ d }: { d: TNpRecords }) {
  const { t, label, date } = useI18n();
  const [v, setV] = useState(EMPTY);
  const add = useIpMutation(() =>
    ipApi.npPost(d.caseId, "standards", { ...v, startsOn: v.startsOn || null }),
  );
  const status = (s: StandardActivityStatus) => t(`ip.np.std.status.${s}` as MessageKey);
  return (
    <IpSection title={t("ip.np.standards")}>
      {d.standards.length === 0 ? (
        <Text c="dimmed">{t("ip.empty")}</Text>
      ) : (
        <DataTable<Std>
          rows={d.standards}
          rowKey={(s) => s.id}
          fileName="standardisation"
          testId="np-standards"
          columns={[
            {
              key: "kind",
              header: t("ip.np.std.kind"),
              value: (s) => label(STANDARD_ACTIVITY_LABELS[s.kind]),
            },
            { key: "body", header: t("ip.np.std.body"), value: (s) => s.body },
            { key: "title", header: t("ip.np.std.title"), value: (s) => s.title },
            { key: "status", header: t("ip.np.std.status"), value: (s) => status(s.status), filter: true },
            { key: "starts", header: t("ip.np.sub.startsOn"), value: (s) => date(s.startsOn) },
            { key: "note", header: t("ip.np.std.note"), value: (s) => s.note },
          ]}
        />
      )}
      {d.canEdit && (
        <Group align="end" wrap="wrap">
          <NativeSelect
            label={t("ip.np.std.kind")}
            data={STANDARD_ACTIVITY_KINDS.map((k) => ({
              value: k,
              label: label(STANDARD_ACTIVITY_LABELS[k]),
            }))}
            value={v.kind}
            onChange={(e) => setV({ ...v, kind: e.currentTarget.value as StandardActivityKind })}
          />
          <TextInput
            label={t("ip.np.std.body")}
            value={v.body}
            onChange={(e) => setV({ ...v, body: e.currentTarget.value })}
          />
          <TextInput
            label={t("ip.np.std.title")}
            value={v.title}
            onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
          />
          <NativeSelect
            label={t("ip.np.std.status")}
            data={STANDARD_ACTIVITY_STATUSES.map((s) => ({ value: s, label: status(s) }))}
            value={v.status}
            onChange={(e) => setV({ ...v, status: e.currentTarget.value as StandardActivityStatus })}
          />
          <TextInput
            type="date"
            label={t("ip.np.sub.startsOn")}
            value={v.startsOn}
            onChange={(e) => setV({ ...v, startsOn: e.currentTarget.value })}
          />
          <TextInput
            label={t("ip.np.std.note")}
            value={v.note}
            onChange={(e) => setV({ ...v, note: e.currentTarget.value })}
          />
          <Button
            variant="light"
            loading={add.isPending}
            onClick={() => add.mutate(undefined, { onSuccess: () => setV(EMPTY) })}
          >
            {t("ip.np.std.add")}
          </Button>
        </Group>
      )}
      {add.error && <IpErrorAlert error={add.error} />}
    </IpSection>
  );
}
