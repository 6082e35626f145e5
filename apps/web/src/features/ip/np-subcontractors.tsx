import { Badge, Button, Group, NumberInput, Text, TextInput } from "@mantine/core";
import type { TNpRecords } from "@renkei/contract";
import { useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { DataTable } from "../../components/ui/data-table";
import { useI18n } from "../../lib/i18n";
import { PartnerPicker } from "../people/partner-picker";
import { ipApi } from "./api";
import { IpErrorAlert, IpSection, useYen } from "./ip-kit";
import { useIpMutation } from "./queries";

type Sub = TNpRecords["subcontractors"][number];
const EMPTY = {
  partnerId: null as string | null,
  workScope: "",
  amount: "" as number | "",
  startsOn: "",
  endsOn: "",
};

/**
 * 再委託先 (seed 004 §4, G12): each is a partner record, so it is screened like every other party; the
 * page shows where its screening stands. Removing one keeps the audit trail.
 */
export function NpSubcontractors({ d }: { d: TNpRecords }) {
  const { t, date, country } = useI18n();
  const yen = useYen();
  const [v, setV] = useState(EMPTY);
  const add = useIpMutation(() =>
    ipApi.npPost(d.caseId, "subcontractors", {
      partnerId: v.partnerId,
      workScope: v.workScope,
      amount: v.amount === "" ? null : v.amount,
      startsOn: v.startsOn || null,
      endsOn: v.endsOn || null,
    }),
  );
  const remove = useIpMutation((id: string) => ipApi.npDelete(d.caseId, `subcontractors/${id}`));
  const screening = (s: Sub) =>
    t(`ip.np.screening.${s.screeningStatus ?? "not_screened"}` as "ip.np.screening.clear");
  return (
    <IpSection title={t("ip.np.subs")}>
      {d.subcontractors.length === 0 ? (
        <Text c="dimmed">{t("ip.empty")}</Text>
      ) : (
        <DataTable<Sub>
          rows={d.subcontractors}
          rowKey={(s) => s.id}
          fileName="subcontractors"
          testId="np-subcontractors"
          columns={[
            { key: "name", header: t("ip.np.sub.partner"), value: (s) => s.partnerName },
            { key: "country", header: t("ip.filing.country"), value: (s) => country(s.partnerCountry) },
            { key: "scope", header: t("ip.np.sub.scope"), value: (s) => s.workScope },
            {
              key: "amount",
              header: t("ip.np.sub.amount"),
              value: (s) => (s.amount === null ? "" : yen(s.amount)),
            },
            {
              key: "period",
              header: t("ip.np.sub.period"),
              value: (s) => [date(s.startsOn), date(s.endsOn)].filter(Boolean).join(" – "),
            },
            {
              key: "screening",
              header: t("ip.np.sub.screening"),
              value: screening,
              render: (s) => (
                <Badge color={s.screeningStatus === "clear" ? "green" : "orange"}>{screening(s)}</Badge>
              ),
            },
            {
              key: "remove",
              header: "",
              value: () => "",
              render: (s) =>
                d.canEdit && (
                  <ConfirmButton
                    size="xs"
                    variant="subtle"
                    color="red"
                    title={t("ip.np.sub.confirmRemove")}
                    onConfirm={() => remove.mutate(s.id)}
                  >
                    {t("ip.settings.remove")}
                  </ConfirmButton>
                ),
            },
          ]}
        />
      )}
      {d.canEdit && (
        <Group align="flex-end" wrap="wrap">
          <PartnerPicker
            label={t("ip.np.sub.partner")}
            value={v.partnerId}
            onChange={(id) => setV({ ...v, partnerId: id })}
          />
          <TextInput
            label={t("ip.np.sub.scope")}
            value={v.workScope}
            onChange={(e) => setV({ ...v, workScope: e.currentTarget.value })}
          />
          <NumberInput
            label={t("ip.np.sub.amount")}
            min={0}
            thousandSeparator=","
            value={v.amount}
            onChange={(x) => setV({ ...v, amount: x === "" ? "" : Number(x) })}
          />
          <TextInput
            type="date"
            label={t("ip.np.sub.startsOn")}
            value={v.startsOn}
            onChange={(e) => setV({ ...v, startsOn: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t("ip.np.sub.endsOn")}
            value={v.endsOn}
            onChange={(e) => setV({ ...v, endsOn: e.currentTarget.value })}
          />
          <Button
            variant="light"
            disabled={v.partnerId === null}
            loading={add.isPending}
            onClick={() => add.mutate(undefined, { onSuccess: () => setV(EMPTY) })}
          >
            {t("ip.np.sub.add")}
          </Button>
        </Group>
      )}
      {(add.error || remove.error) && <IpErrorAlert error={add.error ?? remove.error} />}
    </IpSection>
  );
}
