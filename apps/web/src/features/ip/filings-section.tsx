import { Button, Group, NativeSelect, Stack, Table, Text, TextInput } from "@mantine/core";
import type { TInventionDetail } from "@renkei/contract";
import { FILING_KIND_LABELS, FILING_KINDS, type FilingKind } from "@renkei/domain";
import { useState } from "react";
import { CountryPicker } from "../../components/ui/country-picker";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { ipApi } from "./api";
import { FilingEditForm } from "./filing-edit-form";
import { FILING_OFFICES_EXTRA, filingOfficeName } from "./filing-office";
import { IpErrorAlert, IpSection } from "./ip-kit";
import { useIpMutation } from "./queries";

const EMPTY = {
  kind: "jp" as FilingKind,
  country: "JP",
  applicationNo: "",
  filedOn: "",
  priorityDate: "",
  costNote: "",
};

/** The docket: applications with their deadlines (computed by the domain on the JPO calendar). */
export function FilingsSection({ d }: { d: TInventionDetail }) {
  const { t, label, date, locale, paren } = useI18n();
  const can = useCan();
  const add = useIpMutation((body: unknown) => ipApi.addFiling(d.id, body));
  const [f, setF] = useState(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const edited = d.filings.find((x) => x.id === editing);
  const set = (patch: Partial<typeof EMPTY>) => setF({ ...f, ...patch });
  return (
    <IpSection title={t("ip.section.filings")}>
      {d.filings.length === 0 ? (
        <Text c="dimmed">{t("ip.empty")}</Text>
      ) : (
        <Table data-testid="filings">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("ip.filing.kind")}</Table.Th>
              <Table.Th>{t("ip.filing.no")}</Table.Th>
              <Table.Th>{t("ip.filing.filedOn")}</Table.Th>
              <Table.Th>{t("ip.filing.deadlines")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.filings.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>
                  {label(FILING_KIND_LABELS[x.kind])}
                  {paren(filingOfficeName(locale, x.country))}
                </Table.Td>
                <Table.Td>{x.applicationNo || "—"}</Table.Td>
                <Table.Td>
                  {date(x.filedOn)}
                  {x.priorityDate && (
                    <Text size="xs" c="dimmed">
                      {t("ip.filing.priority")} {date(x.priorityDate)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {x.deadlines.slice(0, 4).map((dl) => (
                      <Text size="sm" key={`${dl.kind}:${dl.year}`}>
                        {label(dl.label)}: {date(dl.dueOn)}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {can("ip.manage") && (
                    <Button size="xs" variant="subtle" onClick={() => setEditing(x.id)}>
                      {t("ip.filing.edit")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {edited && (
        <FilingEditForm key={edited.id} inventionId={d.id} f={edited} onDone={() => setEditing(null)} />
      )}
      {can("ip.manage") && d.institutionTakes && (
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t("ip.filing.kind")}
            value={f.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value as FilingKind;
              set({ kind, country: kind === "pct" ? "WO" : kind === "jp" ? "JP" : f.country });
            }}
            data={FILING_KINDS.map((k) => ({ value: k, label: label(FILING_KIND_LABELS[k]) }))}
          />
          <CountryPicker
            label={t("ip.filing.country")}
            withAsterisk
            extra={FILING_OFFICES_EXTRA}
            value={f.country}
            onChange={(country) => set({ country })}
          />
          <TextInput
            label={t("ip.filing.no")}
            value={f.applicationNo}
            onChange={(e) => set({ applicationNo: e.currentTarget.value })}
          />
          <TextInput
            label={t("ip.filing.filedOn")}
            type="date"
            value={f.filedOn}
            onChange={(e) => set({ filedOn: e.currentTarget.value })}
          />
          <TextInput
            label={t("ip.filing.priority")}
            type="date"
            value={f.priorityDate}
            onChange={(e) => set({ priorityDate: e.currentTarget.value })}
          />
          <TextInput
            label={t("ip.filing.costNote")}
            value={f.costNote}
            onChange={(e) => set({ costNote: e.currentTarget.value })}
          />
          <Button
            loading={add.isPending}
            onClick={() =>
              add.mutate(
                { ...f, country: f.country.toUpperCase(), priorityDate: f.priorityDate || null },
                { onSuccess: () => setF(EMPTY) },
              )
            }
          >
            {t("ip.filing.add")}
          </Button>
        </Group>
      )}
      {add.error ? <IpErrorAlert error={add.error} /> : null}
    </IpSection>
  );
}
