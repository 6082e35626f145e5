import { Group, Radio, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { CountryPicker } from "../../components/ui/country-picker";
import { type MessageKey, useI18n } from "../../lib/i18n";
import type { DeclarationForm, YesNo } from "./declaration-form";

function YesNoQuestion({
  label,
  help,
  value,
  onChange,
}: {
  label: string;
  help?: string;
  value: YesNo;
  onChange(v: YesNo): void;
}) {
  const { t } = useI18n();
  return (
    <Radio.Group label={label} description={help} value={value} onChange={(v) => onChange(v as YesNo)}>
      <Group mt={4}>
        <Radio value="yes" label={t("common.yes")} />
        <Radio value="no" label={t("common.no")} />
      </Group>
    </Radio.Group>
  );
}

/**
 * The residency (居住性, spec §2) and 特定類型 (§1.4) questions in plain language. Follow-up questions
 * appear only when they matter (e.g. the priority agreement only after a foreign contract).
 */
export function DeclarationFields({
  value,
  onChange,
}: {
  value: DeclarationForm;
  onChange(patch: Partial<DeclarationForm>): void;
}) {
  const { t } = useI18n();
  const q = (key: string) => t(`visitors.q.${key}` as MessageKey);
  const h = (key: string) => t(`visitors.h.${key}` as MessageKey);
  const japanese = value.nationality.trim().toUpperCase() === "JP";
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t("visitors.residencySection")}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CountryPicker
          label={q("nationality")}
          value={value.nationality}
          onChange={(code) => onChange({ nationality: code })}
        />
        <TextInput
          type="date"
          label={q("entryDate")}
          description={h("entryDate")}
          value={value.entryDate}
          onChange={(e) => onChange({ entryDate: e.currentTarget.value })}
        />
      </SimpleGrid>
      <YesNoQuestion
        label={q("employedInJapan")}
        help={h("employedInJapan")}
        value={value.employedInJapan}
        onChange={(v) => onChange({ employedInJapan: v })}
      />
      <YesNoQuestion
        label={q("remoteFromAbroad")}
        value={value.remoteFromAbroad}
        onChange={(v) => onChange({ remoteFromAbroad: v })}
      />
      <YesNoQuestion
        label={q("diplomat")}
        value={value.diplomatOrForeignOfficial}
        onChange={(v) => onChange({ diplomatOrForeignOfficial: v })}
      />
      {japanese && (
        <>
          <YesNoQuestion
            label={q("workingAbroad")}
            value={value.workingAbroad}
            onChange={(v) => onChange({ workingAbroad: v })}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput
              type="date"
              label={q("abroadSince")}
              value={value.abroadSince}
              onChange={(e) => onChange({ abroadSince: e.currentTarget.value })}
            />
            <TextInput
              type="number"
              min={0}
              label={q("plannedStayAbroadMonths")}
              value={value.plannedStayAbroadMonths}
              onChange={(e) => onChange({ plannedStayAbroadMonths: e.currentTarget.value })}
            />
          </SimpleGrid>
        </>
      )}

      <Title order={2} size="h4" mt="sm">
        {t("visitors.tokuteiSection")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("visitors.tokuteiHelp")}
      </Text>
      <YesNoQuestion
        label={q("foreignContract")}
        help={h("foreignContract")}
        value={value.foreignContract}
        onChange={(v) => onChange({ foreignContract: v })}
      />
      {value.foreignContract === "yes" && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <YesNoQuestion
            label={q("priorityAgreement")}
            help={h("priorityAgreement")}
            value={value.priorityAgreement}
            onChange={(v) => onChange({ priorityAgreement: v })}
          />
          <CountryPicker
            label={q("employerCountry")}
            value={value.employerCountry}
            onChange={(code) => onChange({ employerCountry: code })}
          />
        </SimpleGrid>
      )}
      <YesNoQuestion
        label={q("foreignGovMoney")}
        help={h("foreignGovMoney")}
        value={value.foreignGovMoney}
        onChange={(v) => onChange({ foreignGovMoney: v })}
      />
      {value.foreignGovMoney === "yes" && (
        <Stack gap="sm" pl="md">
          <TextInput
            type="number"
            min={0}
            max={100}
            label={q("benefitSharePercent")}
            description={h("benefitSharePercent")}
            value={value.benefitSharePercent}
            onChange={(e) => onChange({ benefitSharePercent: e.currentTarget.value })}
          />
          <YesNoQuestion
            label={q("scholarship")}
            value={value.scholarship}
            onChange={(v) => onChange({ scholarship: v })}
          />
          <YesNoQuestion
            label={q("beforeEmployment")}
            value={value.beforeEmployment}
            onChange={(v) => onChange({ beforeEmployment: v })}
          />
          <YesNoQuestion
            label={q("paidToInstitution")}
            value={value.paidToInstitution}
            onChange={(v) => onChange({ paidToInstitution: v })}
          />
        </Stack>
      )}
      <YesNoQuestion
        label={q("instruction")}
        value={value.instruction}
        onChange={(v) => onChange({ instruction: v })}
      />
    </Stack>
  );
}
