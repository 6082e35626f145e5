import { MultiSelect } from "@mantine/core";
import { RESULT_LABELS } from "@renkei/domain";
import { useI18n } from "../../lib/i18n";
import { useClassifications } from "./queries";

/** Pick registered 該非判定 records (reuse across reviews and cases). */
export function ClassificationPicker({
  value,
  onChange,
  label,
  max,
  disabled,
}: {
  value: string[];
  onChange(ids: string[]): void;
  label: string;
  max?: number;
  disabled?: boolean;
}) {
  const i18n = useI18n();
  const list = useClassifications({ pageSize: 200 });
  const data = (list.data?.items ?? []).map((c) => ({
    value: c.id,
    label: `${c.refNo} ${c.name}${c.model ? ` (${c.model})` : ""} — ${i18n.label(RESULT_LABELS[c.determination])}${
      c.listItem ? ` ${c.listItem}` : ""
    }`,
  }));
  return (
    <MultiSelect
      label={label}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      maxValues={max}
      disabled={disabled}
      nothingFoundMessage={i18n.t("ec.cl.empty")}
    />
  );
}
