import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type { TSearchHit } from "@renkei/contract";
import { useState } from "react";
import { useSearch } from "../../features/home/api";
import { useI18n } from "../../lib/i18n";

export interface PickerOption {
  value: string;
  label: string;
}

/** What a picker's search returns for a query: its options, and whether an answer is still coming. */
export type PickerSearch = (query: string) => { options: PickerOption[]; fetching: boolean };

interface BaseProps {
  label: string;
  value: string | null;
  /** The chosen record's id and how it is shown (「2026-0007 量子センサの共同研究」). */
  onChange(id: string | null, shown?: string): void;
  /** How the current value reads when the form opens with it (e.g. the linked case's number and title). */
  initialLabel?: string | null;
  description?: string;
  error?: string;
  withAsterisk?: boolean;
  disabled?: boolean;
}

interface SearchPickerProps extends BaseProps {
  placeholder: string;
  /** A hook (called on every render, always the same one) that searches the records to choose from. */
  useOptions: PickerSearch;
}

/**
 * THE search-and-choose box: every record a form links to is chosen, never typed as an id (issue 11
 * item 6). Results for an earlier search are hidden, so a quick click cannot pick the wrong record, and
 * the chosen record's label is never sent as a new query.
 */
export function SearchPicker({
  value,
  onChange,
  initialLabel,
  placeholder,
  useOptions,
  ...rest
}: SearchPickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState(value && initialLabel ? initialLabel : "");
  const [selected, setSelected] = useState<PickerOption | null>(
    value && initialLabel ? { value, label: initialLabel } : null,
  );
  const [q] = useDebouncedValue(search, 250);
  const query = selected && q === selected.label ? "" : q.trim();
  const found = useOptions(query);
  const settled = query === (selected && search === selected.label ? "" : search.trim()) && !found.fetching;
  const shown = settled ? found.options : [];
  const current = selected && selected.value === value ? selected : null;
  const data = current && !shown.some((o) => o.value === current.value) ? [current, ...shown] : shown;
  return (
    <Select
      searchable
      clearable
      placeholder={placeholder}
      value={value}
      onChange={(id, option) => {
        setSelected(id ? option : null);
        onChange(id, option?.label);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data}
      nothingFoundMessage={
        query === "" && data.length === 0
          ? t("picker.typeToSearch")
          : settled
            ? t("picker.nothingFound")
            : t("common.loading")
      }
      {...rest}
    />
  );
}

export const hitLabel = (h: Pick<TSearchHit, "ref" | "title">) => (h.ref ? `${h.ref} ${h.title}` : h.title);

/** The records a form links to by choosing them through the one search (`/search`). */
export type EntityKind = "case" | "partner" | "person";

const PLACEHOLDER = {
  case: "picker.case.placeholder",
  partner: "picker.partner.placeholder",
  person: "picker.person.placeholder",
} as const;

/**
 * One kind of record through the one search (cases by number or title, partners by any name form,
 * people by name), which reads only what the caller may.
 */
const searchOptions =
  (kind: EntityKind): PickerSearch =>
  (query) => {
    const found = useSearch(query);
    return {
      options: (found.data?.hits ?? [])
        .filter((h) => h.kind === kind)
        .map((h) => ({ value: h.id, label: hitLabel(h) })),
      fetching: found.isFetching,
    };
  };

const OPTIONS: Record<EntityKind, PickerSearch> = {
  case: searchOptions("case"),
  partner: searchOptions("partner"),
  person: searchOptions("person"),
};

/**
 * A case, partner or person chooser on the shared search box (`PartnerPicker` in features/people lists
 * partners from the partner register instead, first ones shown before typing).
 */
export function EntityPicker({ kind, ...props }: BaseProps & { kind: EntityKind }) {
  const { t } = useI18n();
  return <SearchPicker {...props} placeholder={t(PLACEHOLDER[kind])} useOptions={OPTIONS[kind]} />;
}
