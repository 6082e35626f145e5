import {
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { TCaseDetail, TReason } from "@renkei/contract";
import {
  CONTRACT_CHECKLIST_LABELS,
  CONTRACT_RED_FLAG_RULES,
  type ContractChecklistItem,
  type ContractRedFlag,
  type ContractTerms,
  RESULT_OWNERSHIPS,
  type ResultOwnership,
} from "@renkei/domain";
import { useState } from "react";
import { CountryPicker } from "../../components/ui/country-picker";
import { useI18n } from "../../lib/i18n";
import { casesApi } from "./api";
import { ContractTermsExtras } from "./case-terms-extras";
import { useCaseMutation } from "./queries";
import { ReasonList } from "./reason-list";
import { Check, LinesInput, numOrNull, RecordMeta, SaveBar, useRecordForm } from "./record-kit";
import { canChange, RefusedAlert } from "./section-card";

interface Evaluation {
  outcome: "ready" | "incomplete" | "blocked";
  missing: ContractChecklistItem[];
  redFlags: { flag: ContractRedFlag; waivable: boolean; waived: boolean; reasons: TReason[] }[];
  /** Points to look at that do not block (e.g. case 27 when the institution only warns, X4). */
  warnings?: TReason[];
}

const EMPTY: ContractTerms = {
  researchTheme: null,
  researchers: null,
  places: null,
  period: null,
  costs: null,
  facilities: null,
  informationToProvide: null,
  schedule: null,
  confidentiality: null,
  knowHow: null,
  results: null,
  assignment: null,
  antiSocialForcesClause: false,
  damages: null,
  governingLaw: null,
  jurisdiction: null,
  publication: null,
  personnelExclusions: { allForeign: false, nationalities: [] },
  language: "ja",
};

/** Contract terms against the checklist of seed 001 §IV.2-7, with red flags and waivers. */
export function ContractTermsForm({ c }: { c: TCaseDetail }) {
  const { t, label, paren } = useI18n();
  const form = useRecordForm<ContractTerms>(c, "contract_terms", EMPTY);
  const { v, set } = form;
  const off = !form.editable;
  const ev = c.contractTerms as Evaluation | null;
  const theme = v.researchTheme ?? { title: "", purpose: "", content: "" };
  const researchers = v.researchers ?? {
    piNamed: false,
    researchersListed: false,
    studentsParticipate: false,
    visitingResearchersParticipate: false,
  };
  const costs = v.costs ?? { amountYen: 0, paymentTerms: "", equipmentOwnership: "" };
  const info = v.informationToProvide ?? { items: [], confidentialInformationDefined: false };
  const schedule = v.schedule ?? { milestonesDefined: false, rolesDefined: false };
  const conf = v.confidentiality ?? { termYears: null, survivalYearsAfterTermination: null };
  const knowHow = v.knowHow ?? { designated: false, secrecyYears: null };
  const results = v.results ?? {
    ownership: "joint" as ResultOwnership,
    assignmentToPartner: false,
    exclusiveLicenceToPartner: false,
    ipCostsAllocated: false,
  };
  const jurisdiction = v.jurisdiction ?? { method: "arbitration" as const, seatCountry: "" };
  const publication = v.publication ?? { maxDelayDays: 0, partnerVeto: false };
  return (
    <Stack>
      <RecordMeta c={c} section="contract_terms" />
      {ev && <TermsEvaluation c={c} ev={ev} />}
      <Divider label={t("case.terms.checklist")} />
      <Text size="sm" fw={600}>
        {t("case.terms.researchTheme")}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput
          label={label(CONTRACT_CHECKLIST_LABELS.research_theme)}
          disabled={off}
          value={theme.title}
          onChange={(e) => set({ researchTheme: { ...theme, title: e.currentTarget.value } })}
        />
        <TextInput
          label={t("case.plan.objectives")}
          disabled={off}
          value={theme.purpose}
          onChange={(e) => set({ researchTheme: { ...theme, purpose: e.currentTarget.value } })}
        />
        <Textarea
          label={t("case.field.summary")}
          disabled={off}
          autosize
          value={theme.content}
          onChange={(e) => set({ researchTheme: { ...theme, content: e.currentTarget.value } })}
        />
      </SimpleGrid>
      <Text size="sm" fw={600}>
        {t("case.terms.researchers")}
      </Text>
      <Group>
        <Check
          label={t("case.terms.piNamed")}
          disabled={off}
          checked={researchers.piNamed}
          onChange={(x) => set({ researchers: { ...researchers, piNamed: x } })}
        />
        <Check
          label={t("case.terms.researchersListed")}
          disabled={off}
          checked={researchers.researchersListed}
          onChange={(x) => set({ researchers: { ...researchers, researchersListed: x } })}
        />
        <Check
          label={t("case.terms.studentsParticipate")}
          disabled={off}
          checked={researchers.studentsParticipate}
          onChange={(x) => set({ researchers: { ...researchers, studentsParticipate: x } })}
        />
        <Check
          label={t("case.terms.visitingParticipate")}
          disabled={off}
          checked={researchers.visitingResearchersParticipate}
          onChange={(x) => set({ researchers: { ...researchers, visitingResearchersParticipate: x } })}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <LinesInput
          label={t("case.terms.places")}
          disabled={off}
          value={v.places ?? []}
          onChange={(x) => set({ places: x })}
        />
        <LinesInput
          label={t("case.terms.facilities")}
          disabled={off}
          value={v.facilities ?? []}
          onChange={(x) => set({ facilities: x })}
        />
      </SimpleGrid>
      <Group>
        <TextInput
          type="date"
          label={`${t("case.terms.period")}${paren(t("case.plan.startsOn"))}`}
          disabled={off}
          value={v.period?.startsOn ?? ""}
          onChange={(e) =>
            set({
              period: { startsOn: e.currentTarget.value, endsOn: v.period?.endsOn ?? e.currentTarget.value },
            })
          }
        />
        <TextInput
          type="date"
          label={`${t("case.terms.period")}${paren(t("case.plan.endsOn"))}`}
          disabled={off}
          value={v.period?.endsOn ?? ""}
          onChange={(e) =>
            set({
              period: {
                startsOn: v.period?.startsOn ?? e.currentTarget.value,
                endsOn: e.currentTarget.value,
              },
            })
          }
        />
      </Group>
      <Text size="sm" fw={600}>
        {t("case.terms.costs")}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <NumberInput
          label={t("case.terms.amountYen")}
          disabled={off}
          min={0}
          thousandSeparator=","
          value={costs.amountYen}
          onChange={(x) => set({ costs: { ...costs, amountYen: Number(x) || 0 } })}
        />
        <TextInput
          label={t("case.terms.paymentTerms")}
          disabled={off}
          value={costs.paymentTerms}
          onChange={(e) => set({ costs: { ...costs, paymentTerms: e.currentTarget.value } })}
        />
        <TextInput
          label={t("case.terms.equipment")}
          disabled={off}
          value={costs.equipmentOwnership}
          onChange={(e) => set({ costs: { ...costs, equipmentOwnership: e.currentTarget.value } })}
        />
      </SimpleGrid>
      <LinesInput
        label={t("case.terms.information")}
        disabled={off}
        value={info.items}
        onChange={(x) => set({ informationToProvide: { ...info, items: x } })}
      />
      <Group>
        <Check
          label={t("case.terms.confidentialDefined")}
          disabled={off}
          checked={info.confidentialInformationDefined}
          onChange={(x) => set({ informationToProvide: { ...info, confidentialInformationDefined: x } })}
        />
        <Check
          label={t("case.terms.milestonesDefined")}
          disabled={off}
          checked={schedule.milestonesDefined}
          onChange={(x) => set({ schedule: { ...schedule, milestonesDefined: x } })}
        />
        <Check
          label={t("case.terms.rolesDefined")}
          disabled={off}
          checked={schedule.rolesDefined}
          onChange={(x) => set({ schedule: { ...schedule, rolesDefined: x } })}
        />
      </Group>
      <Text size="sm" fw={600}>
        {t("case.terms.confidentiality")} / {t("case.terms.knowHow")}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <NumberInput
          label={t("case.terms.termYears")}
          disabled={off}
          min={0}
          value={conf.termYears ?? ""}
          onChange={(x) => set({ confidentiality: { ...conf, termYears: numOrNull(x) } })}
        />
        <NumberInput
          label={t("case.terms.survivalYears")}
          disabled={off}
          min={0}
          value={conf.survivalYearsAfterTermination ?? ""}
          onChange={(x) => set({ confidentiality: { ...conf, survivalYearsAfterTermination: numOrNull(x) } })}
        />
        <NumberInput
          label={t("case.terms.secrecyYears")}
          disabled={off || !knowHow.designated}
          min={0}
          value={knowHow.secrecyYears ?? ""}
          onChange={(x) => set({ knowHow: { ...knowHow, secrecyYears: numOrNull(x) } })}
        />
      </SimpleGrid>
      <Check
        label={t("case.terms.knowHowDesignated")}
        disabled={off}
        checked={knowHow.designated}
        onChange={(x) => set({ knowHow: { ...knowHow, designated: x } })}
      />
      <Text size="sm" fw={600}>
        {t("case.terms.results")}
      </Text>
      <Group align="flex-end">
        <NativeSelect
          label={t("case.terms.ownership")}
          disabled={off}
          value={results.ownership}
          onChange={(e) =>
            set({ results: { ...results, ownership: e.currentTarget.value as ResultOwnership } })
          }
          data={RESULT_OWNERSHIPS.map((o) => ({ value: o, label: t(`case.terms.ownership.${o}`) }))}
        />
        <Check
          label={t("case.terms.assignmentToPartner")}
          disabled={off}
          checked={results.assignmentToPartner}
          onChange={(x) => set({ results: { ...results, assignmentToPartner: x } })}
        />
        <Check
          label={t("case.terms.exclusiveLicence")}
          disabled={off}
          checked={results.exclusiveLicenceToPartner}
          onChange={(x) => set({ results: { ...results, exclusiveLicenceToPartner: x } })}
        />
        <Check
          label={t("case.terms.ipCosts")}
          disabled={off}
          checked={results.ipCostsAllocated}
          onChange={(x) => set({ results: { ...results, ipCostsAllocated: x } })}
        />
      </Group>
      <Group>
        <Check
          label={t("case.terms.assignment")}
          disabled={off}
          checked={v.assignment?.priorConsentRequired ?? false}
          onChange={(x) => set({ assignment: { priorConsentRequired: x } })}
        />
        <Check
          label={t("case.terms.antiSocial")}
          disabled={off}
          checked={v.antiSocialForcesClause}
          onChange={(x) => set({ antiSocialForcesClause: x })}
        />
        <Check
          label={t("case.terms.damagesCapped")}
          disabled={off}
          checked={v.damages?.capped ?? false}
          onChange={(x) => set({ damages: { capped: x } })}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 4 }}>
        <CountryPicker
          label={t("case.terms.governingLaw")}
          disabled={off}
          value={v.governingLaw ?? ""}
          onChange={(code) => set({ governingLaw: code || null })}
        />
        <NativeSelect
          label={t("case.terms.jurisdiction")}
          disabled={off}
          value={jurisdiction.method}
          onChange={(e) =>
            set({
              jurisdiction: { ...jurisdiction, method: e.currentTarget.value as "arbitration" | "court" },
            })
          }
          data={(["arbitration", "court"] as const).map((m) => ({
            value: m,
            label: t(`case.terms.method.${m}`),
          }))}
        />
        <CountryPicker
          label={t("case.terms.seat")}
          disabled={off}
          value={jurisdiction.seatCountry}
          onChange={(code) => set({ jurisdiction: { ...jurisdiction, seatCountry: code } })}
        />
        <TextInput
          label={t("case.terms.language")}
          disabled={off}
          value={v.language}
          onChange={(e) => set({ language: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Text size="sm" fw={600}>
        {t("case.terms.publication")} / {t("case.terms.exclusions")}
      </Text>
      <Group align="flex-end">
        <NumberInput
          label={t("case.terms.maxDelay")}
          disabled={off}
          min={0}
          value={publication.maxDelayDays}
          onChange={(x) => set({ publication: { ...publication, maxDelayDays: Number(x) || 0 } })}
        />
        <Check
          label={t("case.terms.partnerVeto")}
          disabled={off}
          checked={publication.partnerVeto}
          onChange={(x) => set({ publication: { ...publication, partnerVeto: x } })}
        />
        <Check
          label={t("case.terms.allForeign")}
          disabled={off}
          checked={v.personnelExclusions.allForeign}
          onChange={(x) => set({ personnelExclusions: { ...v.personnelExclusions, allForeign: x } })}
        />
      </Group>
      <LinesInput
        label={t("case.terms.nationalities")}
        disabled={off}
        value={v.personnelExclusions.nationalities}
        onChange={(x) =>
          set({
            personnelExclusions: { ...v.personnelExclusions, nationalities: x.map((n) => n.toUpperCase()) },
          })
        }
      />
      <ContractTermsExtras v={v} set={set} off={off} />
      <SaveBar
        form={form as never}
        data={{
          ...v,
          jurisdiction: v.jurisdiction === null && jurisdiction.seatCountry === "" ? null : jurisdiction,
        }}
      />
    </Stack>
  );
}

function TermsEvaluation({ c, ev }: { c: TCaseDetail; ev: Evaluation }) {
  const { t, label, listSep } = useI18n();
  const [justification, setJustification] = useState<Record<string, string>>({});
  const waive = useCaseMutation(c.id, (body: { flag: ContractRedFlag; justification: string }) =>
    casesApi.waive(c.id, body),
  );
  const canWaive = canChange(c, "waivers");
  return (
    <Stack gap="xs" data-testid="terms-evaluation">
      {ev.outcome === "ready" && <Alert color="green">{t("case.terms.ready")}</Alert>}
      {ev.missing.length > 0 && (
        <Alert color="orange" title={t("case.terms.missing")}>
          {ev.missing.map((m) => label(CONTRACT_CHECKLIST_LABELS[m])).join(listSep)}
        </Alert>
      )}
      {(ev.warnings ?? []).length > 0 && (
        <Alert color="yellow" title={t("case.terms.warnings")}>
          <ReasonList reasons={ev.warnings ?? []} />
        </Alert>
      )}
      {ev.redFlags.length > 0 && (
        <Alert color={ev.redFlags.every((f) => f.waived) ? "yellow" : "red"} title={t("case.terms.redFlags")}>
          <Stack gap="sm">
            {ev.redFlags.map((f) => (
              <Stack key={f.flag} gap={4}>
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {label(CONTRACT_RED_FLAG_RULES[f.flag])}
                  </Text>
                  {f.waived && <Badge color="green">{t("case.terms.waived")}</Badge>}
                  {!f.waivable && (
                    <Badge color="red" variant="outline">
                      {t("case.terms.notWaivable")}
                    </Badge>
                  )}
                </Group>
                <ReasonList reasons={f.reasons} />
                {f.waivable && !f.waived && canWaive && (
                  <Group align="flex-end">
                    <TextInput
                      flex={1}
                      label={t("case.terms.justification")}
                      value={justification[f.flag] ?? ""}
                      onChange={(e) =>
                        setJustification({ ...justification, [f.flag]: e.currentTarget.value })
                      }
                    />
                    <Button
                      size="xs"
                      disabled={!justification[f.flag]?.trim()}
                      loading={waive.isPending}
                      onClick={() =>
                        waive.mutate({ flag: f.flag, justification: justification[f.flag] ?? "" })
                      }
                    >
                      {t("case.terms.waive")}
                    </Button>
                  </Group>
                )}
              </Stack>
            ))}
          </Stack>
        </Alert>
      )}
      <RefusedAlert error={waive.error} />
    </Stack>
  );
}
