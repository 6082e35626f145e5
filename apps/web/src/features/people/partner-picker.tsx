import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useI18n } from "../../lib/i18n";
import { usePartnerList } from "../partners/queries";

interface Props {
  label: string;
  value: string | null;
  /** The chosen partner and its shown label ("name（country）"). */
  onChange(id: string | null, label?: string): void;
  error?: string;
  withAsterisk?: boolean;
}

/** Searchable partner chooser backed by the partner search (any name form). */
export function PartnerPicker({ label, value, onChange, error, withAsterisk }: Props) {
  const { t, country } = useI18n();
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<{ value: string; label: string } | null>(null);
  const [q] = useDebouncedValue(search, 300);
  // After a choice the search box shows its label; that label is not a useful query.
  const list = usePartnerList({ q: selected && q === selected.label ? "" : q.trim(), page: 1, pageSize: 30 });
  const found = (list.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.legalName}（${country(p.country)}）`,
  }));
  // Stale results for an earlier search are hidden, so a quick click cannot pick the wrong organisation.
  const settled = q === search && !list.isPlaceholderData && !list.isFetching;
  const shown = settled || (selected && search === selected.label) ? found : [];
  const data = selected && !shown.some((o) => o.value === selected.value) ? [selected, ...shown] : shown;
  return (
    <Select
      label={label}
      searchable
      clearable
      withAsterisk={withAsterisk}
      value={value}
      onChange={(id, option) => {
        setSelected(id ? option : null);
        onChange(id, option?.label);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data}
      nothingFoundMessage={settled ? t("partners.empty") : t("common.loading")}
      error={error}
    />
  );
}
