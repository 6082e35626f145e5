import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { TCaseDetail, TReason } from "@renkei/contract";
import {
  COLLABORATION_METHODS,
  type CollaborationMethod,
  DISCLOSURE_TIMINGS,
  type DisclosureTiming,
  NATIONAL_PROJECT_TYPE_LABELS,
  NATIONAL_PROJECT_TYPES,
  type NationalProject,
  type NationalProjectType,
  PARTICIPATION_FORM_LABELS,
  PARTICIPATION_FORMS,
  type ParticipationForm,
  type ResearchPlan,
  type Scheme,
} from "@renkei/domain";
import { useState } from "react";
import { Link } from "react-router-dom";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { ClassificationPicker } from "../export-control/classification-picker";
import { ReasonList } from "./reason-list";
import { Check, LinesInput, numOrNull, RecordMeta, SaveBar, useRecordForm } from "./record-kit";

let counter = 0;
const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Scheme design (seed 001 §IV.2-4): method, disclosure plan, IP, return / risk, negotiables. */
export function SchemeForm({ c }: { c: TCaseDetail }) {
  const { t } = useI18n();
  const can = useCan();
  const form = useRecordForm<Scheme>(c, "scheme", {
    methods: [],
    disclosurePlan: [],
    relatedIpReviewed: false,
    returnRiskAnalysis: "",
    negotiablePoints: [],
    nonNegotiablePoints: [],
  });
  const { v, set } = form;
  const off = !form.editable;
  const [item, setItem] = useState("");
  const [timing, setTiming] = useState<DisclosureTiming>("under_nda");
  const updateItem = (i: number, patch: Partial<Scheme["disclosurePlan"][number]>) =>
    set({ disclosurePlan: v.disclosurePlan.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
  return (
    <Stack>
      <RecordMeta c={c} section="scheme" />
      <MultiSelect
        searchable
        label={t("case.scheme.methods")}
        disabled={off}
        value={v.methods}
        onChange={(m) => set({ methods: m as CollaborationMethod[] })}
        data={COLLABORATION_METHODS.map((m) => ({ value: m, label: t(`case.scheme.method.${m}`) }))}
      />
      <Text size="sm" fw={600}>
        {t("case.scheme.plan")}
      </Text>
      {v.disclosurePlan.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("case.scheme.item")}</Table.Th>
                <Table.Th>{t("case.scheme.timing")}</Table.Th>
                <Table.Th>{t("case.scheme.level")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {v.disclosurePlan.map((d, i) => (
                <Table.Tr key={d.itemId}>
                  <Table.Td>{d.description}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={t("case.scheme.timing")}
                      disabled={off}
                      value={d.timing}
                      onChange={(e) => updateItem(i, { timing: e.currentTarget.value as DisclosureTiming })}
                      data={DISCLOSURE_TIMINGS.map((x) => ({
                        value: x,
                        label: t(`case.scheme.timing.${x}`),
                      }))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      aria-label={t("case.scheme.level")}
                      disabled={off}
                      value={String(d.level)}
                      onChange={(e) => updateItem(i, { level: Number(e.currentTarget.value) as 1 | 2 | 3 })}
                      data={(["1", "2", "3"] as const).map((l) => ({
                        value: l,
                        label: t(`case.scheme.level.${l}`),
                      }))}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Checkbox
                        size="xs"
                        label={t("case.scheme.exportControlled")}
                        disabled={off}
                        checked={d.exportControlled}
                        onChange={(e) => updateItem(i, { exportControlled: e.currentTarget.checked })}
                      />
                      {d.exportControlled && can("export.read") && (
                        <ClassificationPicker
                          label={t("case.scheme.classification")}
                          max={1}
                          disabled={off}
                          value={d.classificationId ? [d.classificationId] : []}
                          onChange={(ids) => updateItem(i, { classificationId: ids[0] ?? null })}
                        />
                      )}
                      {d.timing === "third_party_secret" && (
                        <Checkbox
                          size="xs"
                          label={t("case.scheme.thirdPartyConsent")}
                          disabled={off}
                          checked={d.thirdPartyConsent}
                          onChange={(e) => updateItem(i, { thirdPartyConsent: e.currentTarget.checked })}
                        />
                      )}
                      {!off && (
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => set({ disclosurePlan: v.disclosurePlan.filter((_, k) => k !== i) })}
                        >
                          ×
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {!off && (
        <Group align="flex-end">
          <TextInput
            label={t("case.scheme.item")}
            value={item}
            onChange={(e) => setItem(e.currentTarget.value)}
          />
          <NativeSelect
            label={t("case.scheme.timing")}
            value={timing}
            onChange={(e) => setTiming(e.currentTarget.value as DisclosureTiming)}
            data={DISCLOSURE_TIMINGS.map((x) => ({ value: x, label: t(`case.scheme.timing.${x}`) }))}
          />
          <Button
            variant="default"
            disabled={!item.trim()}
            onClick={() => {
              set({
                disclosurePlan: [
                  ...v.disclosurePlan,
                  {
                    itemId: newId("i"),
                    description: item.trim(),
                    timing,
                    level: 1,
                    exportControlled: false,
                    thirdPartyConsent: false,
                  },
                ],
              });
              setItem("");
            }}
          >
            {t("case.scheme.addItem")}
          </Button>
        </Group>
      )}
      <Check
        label={t("case.scheme.ip")}
        disabled={off}
        checked={v.relatedIpReviewed}
        onChange={(x) => set({ relatedIpReviewed: x })}
      />
      <Textarea
        label={t("case.scheme.returnRisk")}
        disabled={off}
        autosize
        minRows={2}
        value={v.returnRiskAnalysis}
        onChange={(e) => set({ returnRiskAnalysis: e.currentTarget.value })}
      />
      <LinesInput
        label={t("case.scheme.negotiable")}
        disabled={off}
        value={v.negotiablePoints}
        onChange={(x) => set({ negotiablePoints: x })}
      />
      <LinesInput
        label={t("case.scheme.nonNegotiable")}
        disabled={off}
        value={v.nonNegotiablePoints}
        onChange={(x) => set({ nonNegotiablePoints: x })}
      />
      <SaveBar form={form as never} data={v} />
    </Stack>
  );
}

/** Research plan (seed 001 §IV.2-6): theme, objectives, period, milestones, participants. */
export function ResearchPlanForm({ c }: { c: TCaseDetail }) {
  const { t, date } = useI18n();
  const form = useRecordForm<ResearchPlan>(c, "research_plan", {
    theme: "",
    objectives: "",
    startsOn: "",
    endsOn: "",
    milestones: [],
    participantIds: c.participants.map((p) => p.id),
  });
  const { v, set } = form;
  const off = !form.editable;
  const [title, setTitle] = useState("");
  const [due, setDue] = useState("");
  return (
    <Stack>
      <RecordMeta c={c} section="research_plan" />
      <TextInput
        label={t("case.plan.theme")}
        disabled={off}
        value={v.theme}
        onChange={(e) => set({ theme: e.currentTarget.value })}
      />
      <Textarea
        label={t("case.plan.objectives")}
        disabled={off}
        autosize
        value={v.objectives}
        onChange={(e) => set({ objectives: e.currentTarget.value })}
      />
      <Group>
        <TextInput
          type="date"
          label={t("case.plan.startsOn")}
          disabled={off}
          value={v.startsOn}
          onChange={(e) => set({ startsOn: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t("case.plan.endsOn")}
          disabled={off}
          value={v.endsOn}
          onChange={(e) => set({ endsOn: e.currentTarget.value })}
        />
      </Group>
      <Text size="sm" fw={600}>
        {t("case.plan.milestones")}
      </Text>
      {v.milestones.map((m, i) => (
        <Group key={m.milestoneId} gap="xs">
          <Text size="sm">
            {date(m.dueOn)} {m.title}
          </Text>
          {!off && (
            <Button
              size="xs"
              variant="subtle"
              onClick={() => set({ milestones: v.milestones.filter((_, k) => k !== i) })}
            >
              ×
            </Button>
          )}
        </Group>
      ))}
      {!off && (
        <Group align="flex-end">
          <TextInput
            label={t("case.plan.milestone")}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t("case.plan.dueOn")}
            value={due}
            onChange={(e) => setDue(e.currentTarget.value)}
          />
          <Button
            variant="default"
            disabled={!title.trim() || !due}
            onClick={() => {
              set({
                milestones: [
                  ...v.milestones,
                  {
                    milestoneId: newId("m"),
                    title: title.trim(),
                    dueOn: due,
                    completedOn: null,
                    cancelled: false,
                  },
                ],
              });
              setTitle("");
              setDue("");
            }}
          >
            {t("case.plan.addMilestone")}
          </Button>
        </Group>
      )}
      <MultiSelect
        searchable
        label={t("case.plan.participants")}
        disabled={off}
        value={v.participantIds}
        onChange={(ids) => set({ participantIds: ids })}
        data={c.participants.map((p) => ({ value: p.id, label: p.name }))}
      />
      <SaveBar form={form as never} data={v} />
    </Stack>
  );
}

/** National R&D project participation (seed 004): type, form, the four criteria, IP and contract rules. */
export function NationalProjectForm({ c }: { c: TCaseDetail }) {
  const { t, label } = useI18n();
  const form = useRecordForm<NationalProject>(c, "national_project", {
    projectType: "inbound",
    participationForm: "commissioned",
    foreignParticipant: true,
    criteria: {
      superiorCapability: false,
      economicContributionExplained: false,
      alignsWithProjectPurpose: false,
      technologyManagementInPlace: false,
      compliesWithLawAndConsults: false,
      budgetProceduresAccepted: false,
    },
    ip: { coOwnedWithState: false, stateSharePercent: null },
    contract: {
      parentTransferNoticeClause: false,
      freeLicenceToStateClause: false,
      sublicensableLicenceOnMergerClause: false,
      postProjectConfidentialityYears: null,
    },
    institutionExportControlSystem: false,
  });
  const { v, set } = form;
  const off = !form.editable;
  const ev = c.nationalProject as { outcome: string; reasons: TReason[] } | null;
  const crit = (key: keyof NationalProject["criteria"], text: string) => (
    <Check
      label={text}
      disabled={off}
      checked={v.criteria[key]}
      onChange={(x) => set({ criteria: { ...v.criteria, [key]: x } })}
    />
  );
  const clause = (
    key: "parentTransferNoticeClause" | "freeLicenceToStateClause" | "sublicensableLicenceOnMergerClause",
    text: string,
  ) => (
    <Check
      label={text}
      disabled={off}
      checked={v.contract[key]}
      onChange={(x) => set({ contract: { ...v.contract, [key]: x } })}
    />
  );
  return (
    <Stack>
      <RecordMeta c={c} section="national_project" />
      <Anchor component={Link} to={`/ip/national-projects/${c.id}`}>
        {t("ip.np.results")} / {t("ip.np.data")} / {t("ip.np.standards")}
      </Anchor>
      {ev &&
        (ev.outcome === "compliant" ? (
          <Alert color="green">{t("case.np.compliant")}</Alert>
        ) : (
          <Alert color="orange">
            <ReasonList reasons={ev.reasons} />
          </Alert>
        ))}
      <Group>
        <NativeSelect
          label={t("case.np.type")}
          disabled={off}
          value={v.projectType}
          onChange={(e) => set({ projectType: e.currentTarget.value as NationalProjectType })}
          data={NATIONAL_PROJECT_TYPES.map((p) => ({
            value: p,
            label: label(NATIONAL_PROJECT_TYPE_LABELS[p]),
          }))}
        />
        <NativeSelect
          label={t("case.np.form")}
          disabled={off}
          value={v.participationForm}
          onChange={(e) => set({ participationForm: e.currentTarget.value as ParticipationForm })}
          data={PARTICIPATION_FORMS.map((p) => ({
            value: p,
            label: `${PARTICIPATION_FORM_LABELS[p].no} ${label(PARTICIPATION_FORM_LABELS[p])}`,
          }))}
        />
      </Group>
      <Check
        label={t("case.np.foreign")}
        disabled={off}
        checked={v.foreignParticipant}
        onChange={(x) => set({ foreignParticipant: x })}
      />
      <Text size="sm" fw={600}>
        {t("case.np.criteria")}
      </Text>
      {crit("superiorCapability", t("case.np.superior"))}
      {crit("economicContributionExplained", t("case.np.economic"))}
      {crit("alignsWithProjectPurpose", t("case.np.aligns"))}
      {crit("technologyManagementInPlace", t("case.np.techMgmt"))}
      {crit("compliesWithLawAndConsults", t("case.np.law"))}
      {crit("budgetProceduresAccepted", t("case.np.budget"))}
      <Group align="flex-end">
        <Check
          label={t("case.np.coOwned")}
          disabled={off}
          checked={v.ip.coOwnedWithState}
          onChange={(x) => set({ ip: { ...v.ip, coOwnedWithState: x } })}
        />
        <NumberInput
          label={t("case.np.stateShare")}
          disabled={off}
          min={0}
          max={100}
          value={v.ip.stateSharePercent ?? ""}
          onChange={(x) => set({ ip: { ...v.ip, stateSharePercent: numOrNull(x) } })}
        />
      </Group>
      {clause("parentTransferNoticeClause", t("case.np.parentNotice"))}
      {clause("freeLicenceToStateClause", t("case.np.freeLicence"))}
      {clause("sublicensableLicenceOnMergerClause", t("case.np.merger"))}
      <NumberInput
        label={t("case.np.confidentialityYears")}
        disabled={off}
        min={0}
        value={v.contract.postProjectConfidentialityYears ?? ""}
        onChange={(x) => set({ contract: { ...v.contract, postProjectConfidentialityYears: numOrNull(x) } })}
      />
      <Check
        label={t("case.np.exportSystem")}
        disabled={off}
        checked={v.institutionExportControlSystem}
        onChange={(x) => set({ institutionExportControlSystem: x })}
      />
      <SaveBar form={form as never} data={v} />
    </Stack>
  );
}
