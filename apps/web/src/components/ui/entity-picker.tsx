import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type { TSearchHit } from "@renkei/contract";
import { useState } from "react";
import { useSearch } from "../../features/home/api";
import { type MessageKey, useI18n } from "../../lib/i18n";

/** The records a form links to by choosing, never by typing an id (issue 11 item 6). */
export type EntityKind = "case" | "partner" | "person";

interface Props {
  kind: EntityKind;
  label: string;
  value: string | null;
  /** The chosen record's id and how it is shown (「C-2026-0007 量子センサの共同研究」). */
  onChange(id: string | null, shown?: string): void;
  /** How the current value reads when the form opens with it (e.g. the linked case's number and title). */
  initialLabel?: string | null;
  description?: string;
  error?: string;
  withAsterisk?: boolean;
  disabled?: boolean;
}

const PLACEHOLDER: Record<EntityKind, MessageKey> = {
  case: "picker.case.placeholder",
  partner: "picker.partner.placeholder",
  person: "picker.person.placeholder",
};

export const hitLabel = (h: Pick<TSearchHit, "ref" | "title">) => (h.ref ? `${h.ref} ${h.title}` : h.title);

/**
 * A searchable chooser backed by the one search (`/search`: cases by number or title, partners by any
 * name form, people by name) and filtered to one kind; it reads only what the caller may read.
 */
export function EntityPicker({ kind, label, value, onChange, initialLabel, ...rest }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState(value && initialLabel ? initialLabel : "");
  const [selected, setSelected] = useState<{ value: string; label: string } | null>(
    value && initialLabel ? { value, label: initialLabel } : null,
  );
  const [q] = useDebouncedValue(search, 250);
  // After a choice the box shows its label; that label is not a new query.
  const query = selected && q === selected.label ? "" : q.trim();
  const found = useSearch(query);
  const hits = (found.data?.hits ?? [])
    .filter((h) => h.kind === kind)
    .map((h) => ({ value: h.id, label: hitLabel(h) }));
  const settled = query === search.trim() && !found.isFetching;
  const shown = settled ? hits : [];
  const current = selected && selected.value === value ? selected : null;
  const data = current && !shown.some((o) => o.value === current.value) ? [current, ...shown] : shown;
  return (
    <Select
      label={label}
      searchable
      clearable
      placeholder={t(PLACEHOLDER[kind])}
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
        query === "" ? t("picker.typeToSearch") : settled ? t("picker.nothingFound") : t("common.loading")
      }
      {...rest}
    />
  );
}
