import {
  Accordion,
  Badge,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { CaseRecordSection, TCaseDetail, TReason } from "@renkei/contract";
import type { CaseStage, LicenceStatus } from "@renkei/domain";
import { LICENCE_STATUSES } from "@renkei/domain";
import { useState } from "react";
import { todayIso } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { casesApi } from "./api";
import { NationalProjectForm, ResearchPlanForm, SchemeForm } from "./case-plan-forms";
import { ContractTermsForm } from "./case-terms-form";
import { useCaseMutation } from "./queries";
import { ReasonList } from "./reason-list";
import { Check, RecordMeta, SaveBar, useRecordForm } from "./record-kit";
import { canChange, RefusedAlert } from "./section-card";

/** The record the current stage works on, opened by default. */
const OPEN_FOR: Partial<Record<CaseStage, string>> = {
  internal_check: "internal_check",
  due_diligence: "national_project",
  scheme_design: "scheme",
  nda: "disclosures",
  negotiation: "negotiation",
  research_plan: "research_plan",
  contract_terms: "contract_terms",
  agreement_confirmation: "agreement_confirmation",
  export_risk_review: "export_licence",
  active: "disclosures",
  closing: "closing",
};

const TITLES: Record<CaseRecordSection | "disclosures", { ja: string; en: string }> = {
  internal_check: { ja: "機関内での意向の確認（Ⅳ.2-2）", en: "Internal check (IV.2-2)" },
  scheme: { ja: "連携スキームの検討（Ⅳ.2-4）", en: "Scheme design (IV.2-4)" },
  negotiation: { ja: "相手機関との交渉（Ⅳ.2-5）", en: "Negotiation (IV.2-5)" },
  research_plan: { ja: "研究計画の検討（Ⅳ.2-6）", en: "Research plan (IV.2-6)" },
  contract_terms: { ja: "契約条件の合意（Ⅳ.2-7）", en: "Contract terms (IV.2-7)" },
  agreement_confirmation: { ja: "合意内容の確認・周知（Ⅳ.2-8）", en: "Agreement confirmation (IV.2-8)" },
  export_licence: { ja: "輸出許可（Ⅳ.2-9）", en: "Export licence (IV.2-9)" },
  national_project: { ja: "国の研究開発プロジェクトへの参加", en: "National R&D project participation" },
  closing: { ja: "終了手続（Ⅳ.3）", en: "Closing (IV.3)" },
  disclosures: { ja: "秘密情報の開示記録", en: "Disclosures" },
};

export function CaseRecordsTab({ c }: { c: TCaseDetail }) {
  const { label } = useI18n();
  const items: [keyof typeof TITLES, React.ReactNode][] = [
    ["internal_check", <InternalCheckForm key="ic" c={c} />],
    ["scheme", <SchemeForm key="scheme" c={c} />],
    ["disclosures", <DisclosuresForm key="disc" c={c} />],
    ["negotiation", <NegotiationForm key="neg" c={c} />],
    ["research_plan", <ResearchPlanForm key="plan" c={c} />],
    ["contract_terms", <ContractTermsForm key="terms" c={c} />],
    ["agreement_confirmation", <AgreementForm key="agree" c={c} />],
    ["export_licence", <LicenceForm key="licence" c={c} />],
    ["closing", <ClosingForm key="closing" c={c} />],
  ];
  if (c.kind === "national_project") {
    items.splice(1, 0, ["national_project", <NationalProjectForm key="np" c={c} />]);
  }
  const open = OPEN_FOR[c.stage];
  return (
    <Accordion variant="separated" multiple defaultValue={open ? [open] : []}>
      {items.map(([key, form]) => (
        <Accordion.Item key={key} value={key}>
          <Accordion.Control>
            <Group gap="xs">
              <Text fw={600}>{label(TITLES[key])}</Text>
              {key !== "disclosures" && c.records[key] && (
                <Badge size="xs" color="green" variant="light">
                  ✓
                </Badge>
              )}
            </Group>
          </Accordion.Control>
          <Accordion.Panel>{form}</Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

interface InternalCheck {
  researcher: { wish: "willing" | "reluctant" | "unknown"; capacityConfirmed: boolean };
  basicPatents: { title: string; status: "not_filed" | "filed" | "granted"; bayhDole: boolean }[];
  note: string;
}

function InternalCheckForm({ c }: { c: TCaseDetail }) {
  const { t } = useI18n();
  const stored = c.records.internal_check?.data as
    | { input: InternalCheck; result: { outcome: string; reasons: TReason[]; notes: TReason[] } }
    | undefined;
  const form = useRecordForm<InternalCheck>(c, "internal_check", {
    researcher: { wish: "unknown", capacityConfirmed: false },
    basicPatents: [],
    note: "",
  });
  // The stored record is {input, result}; the form edits the input.
  const [v, setV] = useState<InternalCheck>(stored?.input ?? form.v);
  const [patent, setPatent] = useState("");
  const off = !form.editable;
  return (
    <Stack>
      <RecordMeta c={c} section="internal_check" />
      <NativeSelect
        label={t("case.ic.wish")}
        disabled={off}
        value={v.researcher.wish}
        onChange={(e) =>
          setV({
            ...v,
            researcher: {
              ...v.researcher,
              wish: e.currentTarget.value as InternalCheck["researcher"]["wish"],
            },
          })
        }
        data={(["willing", "reluctant", "unknown"] as const).map((w) => ({
          value: w,
          label: t(`case.ic.wish.${w}`),
        }))}
      />
      <Check
        label={t("case.ic.capacity")}
        disabled={off}
        checked={v.researcher.capacityConfirmed}
        onChange={(x) => setV({ ...v, researcher: { ...v.researcher, capacityConfirmed: x } })}
      />
      <Text size="sm" fw={600}>
        {t("case.ic.patents")}
      </Text>
      {v.basicPatents.map((p, i) => (
        <Group key={p.title} gap="xs" align="flex-end">
          <Text size="sm" miw={200}>
            {p.title}
          </Text>
          <NativeSelect
            aria-label={t("case.ic.patentStatus")}
            disabled={off}
            value={p.status}
            onChange={(e) =>
              setV({
                ...v,
                basicPatents: v.basicPatents.map((x, k) =>
                  k === i ? { ...x, status: e.currentTarget.value as typeof p.status } : x,
                ),
              })
            }
            data={(["not_filed", "filed", "granted"] as const).map((s) => ({
              value: s,
              label: t(`case.ic.patent.${s}`),
            }))}
          />
          <Check
            label={t("case.ic.bayhDole")}
            disabled={off}
            checked={p.bayhDole}
            onChange={(x) =>
              setV({
                ...v,
                basicPatents: v.basicPatents.map((y, k) => (k === i ? { ...y, bayhDole: x } : y)),
              })
            }
          />
          {!off && (
            <Button
              size="xs"
              variant="subtle"
              onClick={() => setV({ ...v, basicPatents: v.basicPatents.filter((_, k) => k !== i) })}
            >
              ×
            </Button>
          )}
        </Group>
      ))}
      {!off && (
        <Group align="flex-end">
          <TextInput
            label={t("case.ic.patentTitle")}
            value={patent}
            onChange={(e) => setPatent(e.currentTarget.value)}
          />
          <Button
            variant="default"
            disabled={!patent.trim()}
            onClick={() => {
              setV({
                ...v,
                basicPatents: [...v.basicPatents, { title: patent.trim(), status: "filed", bayhDole: false }],
              });
              setPatent("");
            }}
          >
            {t("case.ic.addPatent")}
          </Button>
        </Group>
      )}
      <Textarea
        label={t("case.ic.note")}
        disabled={off}
        autosize
        value={v.note}
        onChange={(e) => setV({ ...v, note: e.currentTarget.value })}
      />
      {stored && (
        <Stack gap={4}>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t("case.ic.result")}:
            </Text>
            <Badge
              color={
                stored.result.outcome === "clear"
                  ? "green"
                  : stored.result.outcome === "blocked"
                    ? "red"
                    : "orange"
              }
              data-testid="ic-outcome"
            >
              {t(`case.ic.outcome.${stored.result.outcome as "clear" | "review_required" | "blocked"}`)}
            </Badge>
          </Group>
          {stored.result.reasons.length > 0 && <ReasonList reasons={stored.result.reasons} />}
          {stored.result.notes.length > 0 && (
            <>
              <Text size="sm" fw={600}>
                {t("case.ic.notes")}
              </Text>
              <ReasonList reasons={stored.result.notes} />
            </>
          )}
        </Stack>
      )}
      <SaveBar form={form as never} data={v} />
    </Stack>
  );
}

function NegotiationForm({ c }: { c: TCaseDetail }) {
  const { t } = useI18n();
  const form = useRecordForm(c, "negotiation", {
    partnerResearchersReviewed: false,
    thirdPartyPatentsInvolved: false,
    thirdPartyPatentDisclosureObtained: false,
    rolesAgreed: false,
  });
  const { v, set } = form;
  const off = !form.editable;
  return (
    <Stack>
      <RecordMeta c={c} section="negotiation" />
      <Check
        label={t("case.neg.researchers")}
        disabled={off}
        checked={v.partnerResearchersReviewed}
        onChange={(x) => set({ partnerResearchersReviewed: x })}
      />
      <Check
        label={t("case.neg.thirdParty")}
        disabled={off}
        checked={v.thirdPartyPatentsInvolved}
        onChange={(x) => set({ thirdPartyPatentsInvolved: x })}
      />
      {v.thirdPartyPatentsInvolved && (
        <Check
          label={t("case.neg.thirdPartyDisclosure")}
          disabled={off}
          checked={v.thirdPartyPatentDisclosureObtained}
          onChange={(x) => set({ thirdPartyPatentDisclosureObtained: x })}
        />
      )}
      <Check
        label={t("case.neg.roles")}
        disabled={off}
        checked={v.rolesAgreed}
        onChange={(x) => set({ rolesAgreed: x })}
      />
      <SaveBar form={form as never} data={v} />
    </Stack>
  );
}

function AgreementForm({ c }: { c: TCaseDetail }) {
  const { t } = useI18n();
  const form = useRecordForm(c, "agreement_confirmation", {
    piConstraintsReviewed: false,
    conformsToInstitutionalRules: false,
    briefedParticipantIds: [] as string[],
  });
  const { v, set } = form;
  const off = !form.editable;
  return (
    <Stack>
      <RecordMeta c={c} section="agreement_confirmation" />
      <Check
        label={t("case.agree.piConstraints")}
        disabled={off}
        checked={v.piConstraintsReviewed}
        onChange={(x) => set({ piConstraintsReviewed: x })}
      />
      <Check
        label={t("case.agree.rules")}
        disabled={off}
        checked={v.conformsToInstitutionalRules}
        onChange={(x) => set({ conformsToInstitutionalRules: x })}
      />
      <MultiSelect
        searchable
        label={t("case.agree.briefed")}
        disabled={off}
        value={v.briefedParticipantIds}
        onChange={(ids) => set({ briefedParticipantIds: ids })}
        data={c.participants.map((p) => ({ value: p.id, label: p.name }))}
      />
      <SaveBar form={form as never} data={v} />
    </Stack>
  );
}

function LicenceForm({ c }: { c: TCaseDetail }) {
  const { t } = useI18n();
  const form = useRecordForm(c, "export_licence", {
    status: "not_applied" as LicenceStatus,
    expiresOn: null as string | null,
    reference: "",
  });
  const { v, set } = form;
  const off = !form.editable;
  return (
    <Stack>
      <RecordMeta c={c} section="export_licence" />
      <Group align="flex-end">
        <NativeSelect
          label={t("case.licence.status")}
          disabled={off}
          value={v.status}
          onChange={(e) => set({ status: e.currentTarget.value as LicenceStatus })}
          data={LICENCE_STATUSES.map((s) => ({ value: s, label: t(`case.licence.status.${s}`) }))}
        />
        <TextInput
          type="date"
          label={t("case.licence.expiresOn")}
          disabled={off}
          value={v.expiresOn ?? ""}
          onChange={(e) => set({ expiresOn: e.currentTarget.value || null })}
        />
        <TextInput
          label={t("case.licence.reference")}
          disabled={off}
          value={v.reference}
          onChange={(e) => set({ reference: e.currentTarget.value })}
        />
      </Group>
      <SaveBar form={form as never} data={v} />
    </Stack>
  );
}

function ClosingForm({ c }: { c: TCaseDetail }) {
  const { t } = useI18n();
  const form = useRecordForm(c, "closing", {
    finalReportReceived: false,
    resultsReportedToFunder: false,
    confidentialitySurvivesUntil: null as string | null,
    noSurvivingConfidentiality: false,
  });
  const { v, set } = form;
  const off = !form.editable;
  return (
    <Stack>
      <RecordMeta c={c} section="closing" />
      <Check
        label={t("case.closing.finalReport")}
        disabled={off}
        checked={v.finalReportReceived}
        onChange={(x) => set({ finalReportReceived: x })}
      />
      <Check
        label={t("case.closing.reported")}
        disabled={off}
        checked={v.resultsReportedToFunder}
        onChange={(x) => set({ resultsReportedToFunder: x })}
      />
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t("case.closing.survivesUntil")}
          disabled={off || v.noSurvivingConfidentiality}
          value={v.confidentialitySurvivesUntil ?? ""}
          onChange={(e) => set({ confidentialitySurvivesUntil: e.currentTarget.value || null })}
        />
        <Check
          label={t("case.closing.noSurvival")}
          disabled={off}
          checked={v.noSurvivingConfidentiality}
          onChange={(x) => set({ noSurvivingConfidentiality: x })}
        />
      </Group>
      <SaveBar form={form as never} data={v} />
    </Stack>
  );
}

function DisclosuresForm({ c }: { c: TCaseDetail }) {
  const { t, date, paren } = useI18n();
  const plan = (
    (
      c.records.scheme?.data as
        | { disclosurePlan?: { itemId: string; description: string; timing: string }[] }
        | undefined
    )?.disclosurePlan ?? []
  ).filter((i) => i.timing !== "public");
  const [chosenItem, setItemId] = useState("");
  const [chosenPartner, setPartnerId] = useState("");
  // The plan may be saved after this form first rendered: default to its first item then.
  const itemId = chosenItem || plan[0]?.itemId || "";
  const partnerId = chosenPartner || c.partners[0]?.partnerId || "";
  const [on, setOn] = useState(todayIso());
  const record = useCaseMutation(c.id, (body: unknown) => casesApi.disclose(c.id, body));
  const item = (id: string) => plan.find((p) => p.itemId === id)?.description ?? id;
  const partner = (id: string) => c.partners.find((p) => p.partnerId === id)?.name ?? id;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t("case.disclosures.help")}
      </Text>
      {c.disclosures.length === 0 ? (
        <Text size="sm">{t("case.disclosures.empty")}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {c.disclosures.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{date(d.disclosedOn)}</Table.Td>
                <Table.Td>{item(d.itemId)}</Table.Td>
                <Table.Td>{partner(d.partnerId)}</Table.Td>
                <Table.Td>{d.recordedBy?.displayName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canChange(c, "disclosures") && plan.length > 0 && c.partners.length > 0 && (
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t("case.disclosures.item")}
            value={itemId}
            onChange={(e) => setItemId(e.currentTarget.value)}
            data={plan.map((p) => ({
              value: p.itemId,
              label: `${p.description}${paren(t(`case.scheme.timing.${p.timing as "under_nda"}`))}`,
            }))}
          />
          <NativeSelect
            label={t("case.disclosures.partner")}
            value={partnerId}
            onChange={(e) => setPartnerId(e.currentTarget.value)}
            data={c.partners.map((p) => ({ value: p.partnerId, label: p.name }))}
          />
          <TextInput
            type="date"
            label={t("case.disclosures.on")}
            value={on}
            max={todayIso()}
            onChange={(e) => setOn(e.currentTarget.value)}
          />
          <Button
            loading={record.isPending}
            onClick={() => record.mutate({ itemId, partnerId, disclosedOn: on })}
          >
            {t("case.disclosures.record")}
          </Button>
        </Group>
      )}
      <RefusedAlert error={record.error} />
    </Stack>
  );
}
