import {
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type AssessAnswers, EUL_CATEGORIES, type ListAnswer } from "@renkei/domain";
import type { ReactNode } from "react";
import { CountryPicker } from "../../components/ui/country-picker";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { AnswerInput } from "./answer-input";

const LIST_ITEMS = ["1", "2", "3", "3-2", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"];
const PURPOSES = [
  "publication",
  "basic_science",
  "patent_filing",
  "use_of_exported_goods",
  "use_of_program",
  "product_development",
  "other",
] as const;
const CHANNELS = ["in_person", "carried_media", "electronic"] as const;

function Section({ title, help, children }: { title: string; help?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-label={title}>
      <Title order={2} size="h4" mb={help ? 4 : "md"}>
        {title}
      </Title>
      {help && (
        <Text size="sm" c="dimmed" mb="md">
          {help}
        </Text>
      )}
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}

/**
 * The researcher's questions in plain language; each answer maps to one assess input field
 * (`answersToFacts` in the domain). Follow-up questions appear only when they matter.
 */
export function AssessQuestions({
  answers,
  onChange,
  itemExtra,
}: {
  answers: AssessAnswers;
  onChange(patch: Partial<AssessAnswers>): void;
  /** Slot under the list-item question (e.g. "pick a registered classification"). */
  itemExtra?: ReactNode;
}) {
  const { t } = useI18n();
  const a = answers;
  const technology = a.activity === "technology_provision";
  const japanese = a.nationality.trim().toUpperCase() === "JP";
  const countryField = (
    key: "nationality" | "employerCountry" | "place" | "destinationCountry" | "endUserCountry",
    label: MessageKey,
  ) => (
    <div style={{ width: 300 }}>
      <CountryPicker label={t(label)} value={a[key]} onChange={(code) => onChange({ [key]: code })} />
    </div>
  );
  const date = (key: "asOf" | "entryDate" | "abroadSince", label: MessageKey, description?: string) => (
    <TextInput
      type="date"
      label={t(label)}
      description={description}
      w={260}
      value={a[key]}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
    />
  );
  const yn = (key: keyof AssessAnswers, label: MessageKey, description?: string) => (
    <AnswerInput
      label={t(label)}
      description={description}
      value={a[key] as "yes" | "no" | "unknown"}
      onChange={(v) => onChange({ [key]: v })}
    />
  );

  return (
    <Stack>
      <Section title={t("ec.step.what")}>
        <Radio.Group
          label={t("ec.q.activity")}
          value={a.activity}
          onChange={(v) => onChange({ activity: v as AssessAnswers["activity"] })}
        >
          <Stack gap={6} mt={6}>
            <Radio value="technology_provision" label={t("ec.q.activity.technology")} />
            <Radio value="goods_export" label={t("ec.q.activity.goods")} />
          </Stack>
        </Radio.Group>
        {date("asOf", "ec.q.asOf", t("ec.q.asOf.help"))}
      </Section>

      {technology && (
        <Section title={t("ec.step.who")}>
          {countryField("nationality", "ec.q.nationality")}
          {!japanese && yn("employedInJapan", "ec.q.employedInJapan", t("ec.q.employedInJapan.help"))}
          {!japanese && date("entryDate", "ec.q.entryDate")}
          {yn("workingAbroad", "ec.q.workingAbroad")}
          {a.workingAbroad === "yes" && (
            <Group align="flex-end">
              {date("abroadSince", "ec.q.abroadSince")}
              <TextInput
                label={t("ec.q.plannedStayAbroadMonths")}
                inputMode="numeric"
                w={260}
                value={a.plannedStayAbroadMonths}
                onChange={(e) => onChange({ plannedStayAbroadMonths: e.currentTarget.value })}
              />
            </Group>
          )}
          {yn("remoteFromAbroad", "ec.q.remoteFromAbroad")}
          {!japanese && yn("diplomatOrForeignOfficial", "ec.q.diplomat")}
        </Section>
      )}

      {technology && (
        <Section title={t("ec.step.tokutei")} help={t("ec.q.tokutei.help")}>
          {yn("foreignEmploymentContract", "ec.q.foreignContract")}
          {a.foreignEmploymentContract === "yes" && (
            <>
              {countryField("employerCountry", "ec.q.employerCountry")}
              {yn("priorityAgreement", "ec.q.priorityAgreement")}
            </>
          )}
          {yn("foreignGovScholarship", "ec.q.govScholarship")}
          {a.foreignGovScholarship === "yes" && (
            <>
              <TextInput
                label={t("ec.q.govPercent")}
                inputMode="decimal"
                rightSection="%"
                w={260}
                value={a.foreignGovBenefitPercent}
                onChange={(e) => onChange({ foreignGovBenefitPercent: e.currentTarget.value })}
              />
              {yn("benefitReceivedBeforeEmployment", "ec.q.beforeEmployment")}
              {yn("benefitPaidToInstitution", "ec.q.toInstitution")}
            </>
          )}
          {yn("actingOnForeignGovInstruction", "ec.q.instruction")}
        </Section>
      )}

      <Section title={t("ec.step.where")}>
        {technology && countryField("place", "ec.q.place")}
        {technology && (
          <Checkbox.Group
            label={t("ec.q.channels")}
            value={a.channels}
            onChange={(v) => onChange({ channels: v as AssessAnswers["channels"] })}
          >
            <Stack gap={6} mt={6}>
              {CHANNELS.map((c) => (
                <Checkbox key={c} value={c} label={t(`ec.q.channel.${c}` as MessageKey)} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {countryField("destinationCountry", "ec.q.destination")}
      </Section>

      <Section title={t("ec.step.item")}>
        <NativeSelect
          label={t("ec.q.listItem")}
          description={t("ec.q.listItem.help")}
          value={a.listItem}
          onChange={(e) => onChange({ listItem: e.currentTarget.value as ListAnswer })}
          data={[
            { value: "", label: t("ec.q.listItem.unset") },
            { value: "16", label: t("ec.q.listItem.16") },
            { value: "none", label: t("ec.q.listItem.none") },
            ...LIST_ITEMS.map((n) => ({
              value: n,
              label: t("ec.q.listItem.n", { n: n.replace("-", "の") }),
            })),
          ]}
        />
        {itemExtra}
        {!technology && (
          <TextInput
            label={t("ec.q.hsCode")}
            w={260}
            value={a.hsCode}
            onChange={(e) => onChange({ hsCode: e.currentTarget.value })}
          />
        )}
        {technology && yn("published", "ec.q.published")}
        {technology && (
          <NativeSelect
            label={t("ec.q.purpose")}
            value={a.purpose}
            onChange={(e) => onChange({ purpose: e.currentTarget.value as AssessAnswers["purpose"] })}
            data={[
              { value: "", label: t("ec.q.purpose.unset") },
              ...PURPOSES.map((p) => ({ value: p, label: t(`ec.q.purpose.${p}` as MessageKey) })),
            ]}
          />
        )}
        {technology && a.purpose === "publication" && yn("restrictedAudience", "ec.q.restrictedAudience")}
        {technology && a.purpose === "patent_filing" && yn("beyondFilingMinimum", "ec.q.beyondFiling")}
        {technology &&
          (a.purpose === "use_of_exported_goods" || a.purpose === "use_of_program") &&
          yn("productionKnowHow", "ec.q.productionKnowHow")}
      </Section>

      <Section title={t("ec.step.endUser")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("ec.q.endUserName")}
            value={a.endUserName}
            onChange={(e) => onChange({ endUserName: e.currentTarget.value })}
          />
          {countryField("endUserCountry", "ec.q.endUserCountry")}
        </SimpleGrid>
        <Radio.Group
          label={t("ec.q.eul")}
          value={a.eul}
          onChange={(v) => onChange({ eul: v as AssessAnswers["eul"] })}
        >
          <Group gap="lg" mt={6}>
            <Radio value="auto" label={t("ec.q.eul.auto")} />
            <Radio value="none" label={t("ec.q.eul.none")} />
            <Radio value="listed" label={t("ec.q.eul.listed")} />
          </Group>
        </Radio.Group>
        {a.eul === "listed" && (
          <Checkbox.Group
            label={t("ec.q.eulCategories")}
            value={a.eulCategories}
            onChange={(v) => onChange({ eulCategories: v as AssessAnswers["eulCategories"] })}
          >
            <Group mt={6}>
              {EUL_CATEGORIES.map((c) => (
                <Checkbox key={c} value={c} label={c} />
              ))}
            </Group>
          </Checkbox.Group>
        )}
        {yn("informNotice", "ec.q.inform")}
        {yn("statedMilitaryUse", "ec.q.military")}
        {yn("statedWmdUse", "ec.q.wmd")}
        {yn("clearlyCivilEvidence", "ec.q.civil")}
      </Section>
    </Stack>
  );
}
