import { Alert, Button, Group, Select, Stack, Text } from "@mantine/core";
import type { TLabPrefill } from "@renkei/contract";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { deskApi } from "./api";

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
  const on = enabled && can("lab_profile.read");
  const q = useQuery({
    queryKey: ["lab-profiles", "prefill"],
    queryFn: () => deskApi.labPrefill(),
    enabled: on,
  });
  const [index, setIndex] = useState(0);
  const [off, setOff] = useState(false);
  const prefill = on ? (q.data?.prefill ?? null) : null;
  const entry = prefill && !off ? (prefill.technologies[index] ?? null) : null;
  return {
    loading: on && q.isPending,
    prefill,
    entry,
    index,
    setIndex,
    off,
    setOff,
    key: `${prefill ? "lab" : "none"}-${off ? "off" : index}`,
  };
}

/** The visible note above a pre-filled form: where the values came from, which technology, and undo. */
export function LabPrefillNote({ lab }: { lab: LabPrefillState }) {
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
