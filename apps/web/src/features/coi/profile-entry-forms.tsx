import { Button, Checkbox, Group, NumberInput, Select, TextInput } from "@mantine/core";
import { APPOINTMENT_KINDS, type CoiProfile, SUPPORT_KINDS } from "@renkei/domain";
import { useState } from "react";
import { type MessageKey, useI18n } from "../../lib/i18n";

/**
 * The forms that add one entry to the researcher's profile (J1): one component driven by a list of
 * fields per entry kind; the profile page saves a new version with the entry added.
 */

const newId = () => `x-${Date.now().toString(36)}`;
/** New items go without `recordedOn`: the server stamps the day it first sees them (J1). */
const UNSTAMPED = undefined as unknown as string;

type Value = string | number | boolean | null;
type Field =
  | { key: string; label: MessageKey; type: "text" | "date"; initial?: string; width?: number }
  | { key: string; label: MessageKey; type: "country"; initial?: string }
  | { key: string; label: MessageKey; type: "number"; initial?: number | null; max?: number; width?: number }
  | { key: string; label: MessageKey; type: "check"; initial?: boolean }
  | {
      key: string;
      label: MessageKey;
      type: "select";
      options: readonly string[];
      prefix: string;
      initial: string;
    };

function EntryForm<T>(props: {
  fields: Field[];
  submit: MessageKey;
  build(v: Record<string, Value>): T;
  onAdd(item: T): void;
}) {
  const { t } = useI18n();
  const [v, setV] = useState<Record<string, Value>>(() =>
    Object.fromEntries(
      props.fields.map((f) => [
        f.key,
        f.initial ?? (f.type === "check" ? false : f.type === "number" ? null : ""),
      ]),
    ),
  );
  const set = (key: string, value: Value) => setV((cur) => ({ ...cur, [key]: value }));
  return (
    <Group align="flex-end">
      {props.fields.map((f) => {
        const label = t(f.label);
        switch (f.type) {
          case "check":
            return (
              <Checkbox
                key={f.key}
                label={label}
                checked={Boolean(v[f.key])}
                onChange={(e) => set(f.key, e.currentTarget.checked)}
              />
            );
          case "number":
            return (
              <NumberInput
                key={f.key}
                label={label}
                w={f.width}
                min={0}
                max={f.max}
                thousandSeparator={f.max ? undefined : ","}
                value={(v[f.key] as number | null) ?? ""}
                onChange={(x) => set(f.key, typeof x === "number" ? x : null)}
              />
            );
          case "select":
            return (
              <Select
                key={f.key}
                label={label}
                value={String(v[f.key])}
                onChange={(x) => set(f.key, x ?? f.initial)}
                data={f.options.map((k) => ({ value: k, label: t(`${f.prefix}.${k}` as MessageKey) }))}
              />
            );
          default:
            return (
              <TextInput
                key={f.key}
                label={label}
                type={f.type === "date" ? "date" : "text"}
                w={f.type === "country" ? 80 : f.width}
                value={String(v[f.key] ?? "")}
                onChange={(e) =>
                  set(
                    f.key,
                    f.type === "country" ? e.currentTarget.value.toUpperCase() : e.currentTarget.value,
                  )
                }
              />
            );
        }
      })}
      <Button variant="light" onClick={() => props.onAdd(props.build(v))}>
        {t(props.submit)}
      </Button>
    </Group>
  );
}

const s = (v: Value | undefined) => String(v ?? "");

export function AddAppointment({ onAdd }: { onAdd: (a: CoiProfile["appointments"][number]) => void }) {
  return (
    <EntryForm
      onAdd={onAdd}
      submit="coi.addAppointment"
      fields={[
        { key: "organisation", label: "coi.organisation", type: "text" },
        { key: "position", label: "coi.position", type: "text" },
        { key: "country", label: "coi.countryCode", type: "country", initial: "JP" },
        {
          key: "kind",
          label: "coi.kind",
          type: "select",
          options: APPOINTMENT_KINDS,
          prefix: "coi.apptKind",
          initial: "side_job",
        },
        { key: "effortPercent", label: "coi.effort", type: "number", initial: 0, max: 100, width: 100 },
        { key: "from", label: "coi.from", type: "date" },
      ]}
      build={(v) => ({
        id: newId(),
        organisation: s(v.organisation),
        position: s(v.position),
        country: s(v.country),
        kind: s(v.kind) as "side_job",
        effortPercent: Number(v.effortPercent) || 0,
        from: s(v.from),
        paid: true,
        foreignGovernment: false,
        until: null,
        recordedOn: UNSTAMPED,
      })}
    />
  );
}

export function AddSupport({ onAdd }: { onAdd: (x: CoiProfile["support"][number]) => void }) {
  return (
    <EntryForm
      onAdd={onAdd}
      submit="coi.addSupport"
      fields={[
        { key: "giver", label: "coi.giver", type: "text" },
        { key: "giverCountry", label: "coi.countryCode", type: "country", initial: "JP" },
        {
          key: "kind",
          label: "coi.kind",
          type: "select",
          options: SUPPORT_KINDS,
          prefix: "coi.supportKind",
          initial: "research_funding",
        },
        { key: "amount", label: "coi.annualAmount", type: "number" },
        { key: "foreignGovernment", label: "coi.foreignGov", type: "check" },
        { key: "from", label: "coi.from", type: "date" },
      ]}
      build={(v) => ({
        id: newId(),
        giver: s(v.giver),
        giverCountry: s(v.giverCountry),
        partnerId: null,
        kind: s(v.kind) as "research_funding",
        status: "current" as const,
        annualAmountJpy: typeof v.amount === "number" ? v.amount : null,
        foreignGovernment: Boolean(v.foreignGovernment),
        paidToInstitution: false,
        from: s(v.from),
        until: null,
        recordedOn: UNSTAMPED,
      })}
    />
  );
}

export function AddEquity({ onAdd }: { onAdd: (x: CoiProfile["equity"][number]) => void }) {
  return (
    <EntryForm
      onAdd={onAdd}
      submit="coi.addEquity"
      fields={[
        { key: "company", label: "coi.company", type: "text" },
        { key: "percent", label: "coi.percent", type: "number", max: 100, width: 100 },
        { key: "spinOff", label: "coi.spinOff", type: "check" },
        { key: "acquiredOn", label: "coi.acquiredOn", type: "date" },
      ]}
      build={(v) => ({
        id: newId(),
        company: s(v.company),
        partnerId: null,
        percent: typeof v.percent === "number" ? v.percent : null,
        spinOff: Boolean(v.spinOff),
        acquiredOn: s(v.acquiredOn),
        recordedOn: UNSTAMPED,
      })}
    />
  );
}

export function AddTalentProgramme({
  onAdd,
}: {
  onAdd: (x: CoiProfile["talentProgrammes"][number]) => void;
}) {
  return (
    <EntryForm
      onAdd={onAdd}
      submit="coi.addTalent"
      fields={[
        { key: "name", label: "coi.talentName", type: "text" },
        { key: "sponsorCountry", label: "coi.countryCode", type: "country", initial: "" },
        { key: "foreignGovernment", label: "coi.foreignGov", type: "check", initial: true },
        { key: "from", label: "coi.from", type: "date" },
      ]}
      build={(v) => ({
        id: newId(),
        name: s(v.name),
        sponsorCountry: s(v.sponsorCountry),
        foreignGovernment: Boolean(v.foreignGovernment),
        from: s(v.from),
        until: null,
        recordedOn: UNSTAMPED,
      })}
    />
  );
}
