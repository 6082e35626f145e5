import { Alert, Box, Button, Group, Select, Stack, Text } from "@mantine/core";
import type { TLabPrefill } from "@renkei/contract";
import { readsEveryLabProfile } from "@renkei/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { type PickerOption, SearchPicker } from "../../components/ui/entity-picker";
import { useI18n } from "../../lib/i18n";
import { useCan, useCurrentUser } from "../auth/session";
import { deskApi } from "./api";
import { useLabProfiles } from "./queries";

type Entry = TLabPrefill["technologies"][number];

export interface LabPrefillState {
  loading: boolean;
  prefill: TLabPrefill | null;
  /** The chosen technology's pre-fill, or null (no profile, or the user cleared it). */
  entry: Entry | null;
  index: number;
  setIndex(i: number): void;
  off: boolean;
  setOff(off: boolean): void;
  /** Whether the caller may start from another researcher's lab (the office entering for them). */
  chooses: boolean;
  /** The chosen lab head, or null for the caller's own lab. */
  head: PickerOption | null;
  setHead(head: PickerOption | null): void;
  /** Changes whenever the form should start again from new initial values. */
  key: string;
}

/**
 * The caller's lab profile as a new 該非判定 / 取引審査 form starts from it (issue 17 item 2). The server
 * computes the pre-fill (domain `labPrefill`, the same mapping the desk's conversion uses); nothing is
 * saved until the form is submitted.
 */
export function useLabPrefill(enabled = true): LabPrefillState {
  const can = useCan();
  const me = useCurrentUser();
  const on = enabled && can("lab_profile.read");
  // The same rule the server applies to `?headUserId=` (domain `readsEveryLabProfile`).
  const chooses = on && readsEveryLabProfile({ role: me.role, can });
  const [head, setChosen] = useState<PickerOption | null>(null);
  const q = useQuery({
    queryKey: ["lab-profiles", "prefill", head?.value ?? "own"],
    queryFn: () => deskApi.labPrefill(head?.value),
    enabled: on,
  });
  const [index, setIndex] = useState(0);
  const [off, setOff] = useState(false);
  const prefill = on ? (q.data?.prefill ?? null) : null;
  const entry = prefill && !off ? (prefill.technologies[index] ?? null) : null;
  return {
    // Only the first answer holds the page back; a chosen lab fills the form when its answer comes.
    loading: on && q.isPending && head === null,
    prefill,
    entry,
    index,
    setIndex,
    off,
    setOff,
    chooses,
    head,
    setHead: (h) => {
      setChosen(h);
      setIndex(0);
      setOff(false);
    },
    key: `${head?.value ?? "own"}-${prefill ? "lab" : "none"}-${off ? "off" : index}`,
  };
}

/** Labs with a profile, found by the head's name or the lab's name (the office's list of every lab). */
function useLabOptions(query: string) {
  const { paren } = useI18n();
  const all = useLabProfiles(true);
  const q = query.toLowerCase();
  return {
    options: (all.data?.items ?? [])
      .filter((p) => q === "" || `${p.head.displayName} ${p.labName}`.toLowerCase().includes(q))
      .slice(0, 30)
      .map((p) => ({ value: p.head.id, label: `${p.labName}${paren(p.head.displayName)}` })),
    fetching: all.isFetching,
  };
}

/** The office chooses whose lab a form it enters for a researcher starts from. */
function LabChooser({ lab }: { lab: LabPrefillState }) {
  const { t } = useI18n();
  return (
    <SearchPicker
      label={t("lab.prefillChoose")}
      description={t("lab.prefillChooseHelp")}
      placeholder={t("lab.prefillChoosePlaceholder")}
      value={lab.head?.value ?? null}
      initialLabel={lab.head?.label ?? null}
      onChange={(id, shown) => lab.setHead(id ? { value: id, label: shown ?? "" } : null)}
      useOptions={useLabOptions}
    />
  );
}

/**
 * Above a new form: for the office, whose lab to start from; then the visible note (where the values
 * came from, which technology, and undo).
 */
export function LabPrefillNote({ lab }: { lab: LabPrefillState }) {
  if (!lab.chooses) {
    return <PrefillNote lab={lab} />;
  }
  return (
    <Stack gap="xs">
      <Box maw={480}>
        <LabChooser lab={lab} />
      </Box>
      <PrefillNote lab={lab} />
    </Stack>
  );
}

function PrefillNote({ lab }: { lab: LabPrefillState }) {
  const { t } = useI18n();
  const p = lab.prefill;
  if (!p) {
    return null;
  }
  if (lab.off) {
    return (
      <Group>
        <Button variant="subtle" size="xs" onClick={() => lab.setOff(false)}>
          {t("lab.prefillUse")}
        </Button>
      </Group>
    );
  }
  return (
    <Alert
      color={p.confirmed ? "blue" : "yellow"}
      title={t("lab.prefilledNote")}
      data-testid="lab-prefill-note"
    >
      <Stack gap="xs">
        <Text size="sm">{t("lab.prefilledHelp", { lab: p.labName })}</Text>
        {!p.confirmed && <Text size="sm">{t("lab.prefilledUnconfirmed")}</Text>}
        {p.technologies.length > 1 && (
          <Select
            label={t("lab.prefillTechnology")}
            allowDeselect={false}
            maw={480}
            value={String(lab.index)}
            onChange={(v) => v !== null && lab.setIndex(Number(v))}
            data={p.technologies.map((x, i) => ({ value: String(i), label: x.description }))}
          />
        )}
        <Group>
          <Button variant="subtle" size="xs" onClick={() => lab.setOff(true)}>
            {t("lab.prefillClear")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
