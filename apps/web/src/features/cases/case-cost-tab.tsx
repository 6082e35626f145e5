import {
  Accordion,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import type { TCaseDetail, TQuotationRequest } from "@renkei/contract";
import {
  CONTRACT_LANGUAGES,
  DIRECT_COST_CATEGORIES,
  DIRECT_COST_CATEGORY_LABELS,
  formatYen,
  languageName,
  PERSONNEL_KIND_LABELS,
  PERSONNEL_KINDS,
} from "@renkei/domain";
import { useState } from "react";
import { todayIso } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { QuotationBreakdown } from "../cost/quotation-breakdown";
import { casesApi } from "./api";
import { useCaseMutation } from "./queries";
import { canChange, RefusedAlert, SectionCard } from "./section-card";

const yen = formatYen;
type Direct = TQuotationRequest["directCosts"][number] & { key: number };
type Personnel = TQuotationRequest["personnel"][number] & { key: number };
let lineKey = 0;
const strip = <T extends { key: number }>({ key: _k, ...rest }: T) => rest;

/** Cost and quotation (seed 003 資金の好循環; seed 001 case 23 for the indirect rate). */
export function CaseCostTab({ c }: { c: TCaseDetail }) {
  const { t, date, label, locale } = useI18n();
  const [partnerName, setPartnerName] = useState(c.partners[0]?.name ?? "");
  const [issuedOn, setIssuedOn] = useState(todayIso());
  const [validDays, setValidDays] = useState(30);
  const [direct, setDirect] = useState<Direct[]>([
    { key: lineKey++, label: "", category: "consumables", amountYen: 0 },
  ]);
  const [personnel, setPersonnel] = useState<Personnel[]>([]);
  const [quarterly, setQuarterly] = useState(false);
  const [language, setLanguage] = useState("ja");
  const [strategic, setStrategic] = useState<number | "">("");
  const [secrecyMonths, setSecrecyMonths] = useState(12);
  const create = useCaseMutation(c.id, (body: TQuotationRequest) => casesApi.addQuotation(c.id, body));
  const editable = canChange(c, "quotation");
  const setD = (i: number, patch: Partial<Direct>) =>
    setDirect(direct.map((d, k) => (k === i ? { ...d, ...patch } : d)));
  const setP = (i: number, patch: Partial<Personnel>) =>
    setPersonnel(personnel.map((d, k) => (k === i ? { ...d, ...patch } : d)));
  return (
    <Stack>
      <SectionCard c={c} section="quotation" title={t("case.cost.quotations")}>
        {c.quotations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("case.cost.empty")}
          </Text>
        ) : (
          <Table>
            <Table.Tbody>
              {c.quotations.map((q) => (
                <Table.Tr key={q.id}>
                  <Table.Td>{date(q.issuedOn)}</Table.Td>
                  <Table.Td>{q.partnerName}</Table.Td>
                  <Table.Td data-testid="quotation-total">{yen(q.totalYen)}</Table.Td>
                  <Table.Td>
                    <Group gap="sm">
                      <Anchor href={casesApi.quotationUrl(c.id, q.id, "ja")}>
                        {t("case.cost.downloadJa")}
                      </Anchor>
                      <Anchor href={casesApi.quotationUrl(c.id, q.id, "en")}>
                        {t("case.cost.downloadEn")}
                      </Anchor>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {c.quotations.length > 0 && (
          <Accordion variant="separated" defaultValue={c.quotations[0]?.id ?? null}>
            {c.quotations.map((q) => (
              <Accordion.Item key={q.id} value={q.id}>
                <Accordion.Control>
                  {t("cost.lines")}: {date(q.issuedOn)} {q.partnerName}
                </Accordion.Control>
                <Accordion.Panel>
                  <QuotationBreakdown caseId={c.id} quotationId={q.id} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </SectionCard>
      {editable && (
        <SectionCard c={c} title={t("case.cost.create")}>
          <Text size="sm" c="dimmed">
            {t("case.cost.help")}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput
              label={t("case.cost.partnerName")}
              value={partnerName}
              onChange={(e) => setPartnerName(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t("case.cost.issuedOn")}
              value={issuedOn}
              onChange={(e) => setIssuedOn(e.currentTarget.value)}
            />
            <NumberInput
              label={t("case.cost.validDays")}
              min={1}
              value={validDays}
              onChange={(x) => setValidDays(Number(x) || 30)}
            />
          </SimpleGrid>
          <Text size="sm" fw={600}>
            {t("case.cost.direct")}
          </Text>
          {direct.map((d, i) => (
            <Group key={d.key} align="flex-end">
              <TextInput
                label={t("case.cost.label")}
                value={d.label}
                onChange={(e) => setD(i, { label: e.currentTarget.value })}
              />
              <NativeSelect
                label={t("case.cost.category")}
                value={d.category}
                onChange={(e) => setD(i, { category: e.currentTarget.value as Direct["category"] })}
                data={DIRECT_COST_CATEGORIES.map((c) => ({
                  value: c,
                  label: label(DIRECT_COST_CATEGORY_LABELS[c]),
                }))}
              />
              <NumberInput
                label={t("case.cost.amount")}
                min={0}
                thousandSeparator=","
                value={d.amountYen}
                onChange={(x) => setD(i, { amountYen: Number(x) || 0 })}
              />
            </Group>
          ))}
          <Button
            variant="subtle"
            w="fit-content"
            onClick={() =>
              setDirect([...direct, { key: lineKey++, label: "", category: "consumables", amountYen: 0 }])
            }
          >
            {t("case.cost.addLine")}
          </Button>
          <Text size="sm" fw={600}>
            {t("case.cost.personnel")}
          </Text>
          {personnel.map((p, i) => (
            <Group key={p.key} align="flex-end">
              <TextInput
                label={t("case.cost.label")}
                value={p.label}
                onChange={(e) => setP(i, { label: e.currentTarget.value })}
              />
              <NativeSelect
                label={t("case.cost.kind")}
                value={p.kind}
                onChange={(e) => setP(i, { kind: e.currentTarget.value as Personnel["kind"] })}
                data={PERSONNEL_KINDS.map((k) => ({ value: k, label: label(PERSONNEL_KIND_LABELS[k]) }))}
              />
              <NumberInput
                label={t("case.cost.monthly")}
                min={0}
                thousandSeparator=","
                value={p.monthlyYen}
                onChange={(x) => setP(i, { monthlyYen: Number(x) || 0 })}
              />
              <NumberInput
                label={t("case.cost.months")}
                min={0}
                w={90}
                value={p.months}
                onChange={(x) => setP(i, { months: Number(x) || 0 })}
              />
              <NumberInput
                label={t("case.cost.effort")}
                min={0}
                max={100}
                w={110}
                value={p.effortPercent}
                onChange={(x) => setP(i, { effortPercent: Number(x) || 0 })}
              />
            </Group>
          ))}
          <Button
            variant="subtle"
            w="fit-content"
            onClick={() =>
              setPersonnel([
                ...personnel,
                { key: lineKey++, label: "", kind: "postdoc", monthlyYen: 0, months: 12, effortPercent: 100 },
              ])
            }
          >
            {t("case.cost.addLine")}
          </Button>
          <Checkbox
            label={t("case.cost.quarterly")}
            checked={quarterly}
            onChange={(e) => setQuarterly(e.currentTarget.checked)}
          />
          <Group>
            <NativeSelect
              label={t("case.cost.language")}
              value={language}
              onChange={(e) => setLanguage(e.currentTarget.value)}
              data={CONTRACT_LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale) }))}
              w={200}
            />
            <NumberInput
              label={t("case.cost.strategic")}
              min={0}
              thousandSeparator=","
              value={strategic}
              onChange={(x) => setStrategic(x === "" ? "" : Number(x))}
            />
            <NumberInput
              label={t("cost.secrecyMonths")}
              min={0}
              max={120}
              allowDecimal={false}
              value={secrecyMonths}
              onChange={(x) => setSecrecyMonths(x === "" ? 0 : Number(x))}
            />
          </Group>
          <RefusedAlert error={create.error} />
          <Button
            w="fit-content"
            loading={create.isPending}
            disabled={!partnerName.trim()}
            onClick={() =>
              create.mutate({
                partnerName,
                issuedOn,
                validDays,
                directCosts: direct.filter((d) => d.label.trim() || d.amountYen > 0).map(strip),
                personnel: personnel.map(strip),
                partnerWantsQuarterlyUraReports: quarterly,
                contractLanguage: language || "ja",
                strategicAmountYen: strategic === "" ? null : strategic,
                secrecyMonths,
              })
            }
          >
            {t("case.cost.create")}
          </Button>
        </SectionCard>
      )}
    </Stack>
  );
}
