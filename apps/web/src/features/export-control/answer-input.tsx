import { Group, Radio } from "@mantine/core";
import type { Answer } from "@renkei/domain";
import { useI18n } from "../../lib/i18n";

/** A plain yes / no / don't-know question; "don't know" leaves the fact out (the engine is conservative). */
export function AnswerInput({
  label,
  description,
  value,
  onChange,
}: {
  label: string;
  description?: string;
  value: Answer;
  onChange(value: Answer): void;
}) {
  const { t } = useI18n();
  return (
    <Radio.Group
      label={label}
      description={description}
      value={value}
      onChange={(v) => onChange(v as Answer)}
    >
      <Group gap="lg" mt={6}>
        <Radio value="yes" label={t("ec.answer.yes")} />
        <Radio value="no" label={t("ec.answer.no")} />
        <Radio value="unknown" label={t("ec.answer.unknown")} />
      </Group>
    </Radio.Group>
  );
}
