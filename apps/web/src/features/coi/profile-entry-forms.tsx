import { Button, Checkbox, Group, NumberInput, Select, TextInput } from "@mantine/core";
import { APPOINTMENT_KINDS, type CoiProfile, SUPPORT_KINDS } from "@renkei/domain";
import { useState } from "react";
import { type MessageKey, useI18n } from "../../lib/i18n";

/** Forms that add one entry to the researcher's profile (J1); the profile page saves a new version. */

const newId = () => `x-${Date.now().toString(36)}`;
/** New items go without `recordedOn`: the server stamps the day it first sees them (J1). */
const UNSTAMPED = undefined as unknown as string;

export function AddAppointment({ onAdd }: { onAdd: (a: CoiProfile["appointments"][number]) => void }) {
  const { t } = useI18n();
  const [v, setV] = useState({
    organisation: "",
    position: "",
    country: "JP",
    kind: "side_job",
    effortPercent: 0,
    from: "",
  });
  return (
    <Group align="flex-end">
      <TextInput
        label={t("coi.organisation")}
        value={v.organisation}
        onChange={(e) => setV({ ...v, organisation: e.currentTarget.value })}
      />
      <TextInput
        label={t("coi.position")}
        value={v.position}
        onChange={(e) => setV({ ...v, position: e.currentTarget.value })}
      />
      <TextInput
        label={t("coi.countryCode")}
        w={80}
        value={v.country}
        onChange={(e) => setV({ ...v, country: e.currentTarget.value.toUpperCase() })}
      />
      <Select
        label={t("coi.kind")}
        value={v.kind}
        onChange={(x) => setV({ ...v, kind: x ?? "side_job" })}
        data={APPOINTMENT_KINDS.map((k) => ({ value: k, label: t(`coi.apptKind.${k}` as MessageKey) }))}
      />
      <NumberInput
        label={t("coi.effort")}
        w={100}
        min={0}
        max={100}
        value={v.effortPercent}
        onChange={(x) => setV({ ...v, effortPercent: Number(x) || 0 })}
      />
      <TextInput
        type="date"
        label={t("coi.from")}
        value={v.from}
        onChange={(e) => setV({ ...v, from: e.currentTarget.value })}
      />
      <Button
        variant="light"
        onClick={() =>
          onAdd({
            ...v,
            id: newId(),
            kind: v.kind as "side_job",
            paid: true,
            foreignGovernment: false,
            until: null,
            recordedOn: UNSTAMPED,
          })
        }
      >
        {t("coi.addAppointment")}
      </Button>
    </Group>
  );
}

export function AddSupport({ onAdd }: { onAdd: (s: CoiProfile["support"][number]) => void }) {
  const { t } = useI18n();
  const [v, setV] = useState({
    giver: "",
    giverCountry: "JP",
    kind: "research_funding",
    amount: null as number | null,
    foreignGovernment: false,
    from: "",
  });
  return (
    <Group align="flex-end">
      <TextInput
        label={t("coi.giver")}
        value={v.giver}
        onChange={(e) => setV({ ...v, giver: e.currentTarget.value })}
      />
      <TextInput
        label={t("coi.countryCode")}
        w={80}
        value={v.giverCountry}
        onChange={(e) => setV({ ...v, giverCountry: e.currentTarget.value.toUpperCase() })}
      />
      <Select
        label={t("coi.kind")}
        value={v.kind}
        onChange={(x) => setV({ ...v, kind: x ?? "research_funding" })}
        data={SUPPORT_KINDS.map((k) => ({ value: k, label: t(`coi.supportKind.${k}` as MessageKey) }))}
      />
      <NumberInput
        label={t("coi.annualAmount")}
        min={0}
        thousandSeparator=","
        value={v.amount ?? ""}
        onChange={(x) => setV({ ...v, amount: typeof x === "number" ? x : null })}
      />
      <Checkbox
        label={t("coi.foreignGov")}
        checked={v.foreignGovernment}
        onChange={(e) => setV({ ...v, foreignGovernment: e.currentTarget.checked })}
      />
      <TextInput
        type="date"
        label={t("coi.from")}
        value={v.from}
        onChange={(e) => setV({ ...v, from: e.currentTarget.value })}
      />
      <Button
        variant="light"
        onClick={() =>
          onAdd({
            id: newId(),
            giver: v.giver,
            giverCountry: v.giverCountry,
            partnerId: null,
            kind: v.kind as "research_funding",
            status: "current",
            annualAmountJpy: v.amount,
            foreignGovernment: v.foreignGovernment,
            paidToInstitution: false,
            from: v.from,
            until: null,
            recordedOn: UNSTAMPED,
          })
        }
      >
        {t("coi.addSupport")}
      </Button>
    </Group>
  );
}
