import { Select } from "@mantine/core";
import { COUNTRY_CODES } from "@renkei/domain";
import { useMemo, useState } from "react";
import { COMMON_COUNTRIES } from "../../lib/countries";
import { countryName, useI18n } from "../../lib/i18n";
import { matchesFolded } from "./picker-search";

interface Props {
  label: string;
  /** An ISO 3166-1 alpha-2 code, or "" for none. */
  value: string | null;
  onChange(code: string): void;
  description?: string;
  error?: string;
  withAsterisk?: boolean;
  clearable?: boolean;
  disabled?: boolean;
  /** Codes that are not countries but valid here (e.g. `WO` for a PCT filing), with their names. */
  extra?: { value: string; ja: string; en: string }[];
}

const common = new Set<string>(COMMON_COUNTRIES);
/** The countries people pick most often first, then the rest in English alphabetical order. */
const ORDER = [...COMMON_COUNTRIES, ...COUNTRY_CODES.filter((c) => !common.has(c)).sort()];

/**
 * THE country field of every form (issue 11 item 6): a searchable list that shows names only, found by
 * the Japanese name, the English name or the code (`ドイツ`, `germany`, `DE`). Typing an exact code in
 * capitals picks it at once, so a code read off a document still works. The server refuses any code
 * not on the list (`ZKnownCountryCode`).
 */
export function CountryPicker({ label, value, onChange, extra = [], ...rest }: Props) {
  const { locale, t } = useI18n();
  const [search, setSearch] = useState<string | null>(null);
  const options = useMemo(
    () => [
      ...extra.map((e) => ({ value: e.value, label: e[locale], keys: [e.ja, e.en, e.value] })),
      ...ORDER.map((code) => ({
        value: code,
        label: countryName(locale, code),
        keys: [countryName("ja", code), countryName("en", code), code],
      })),
    ],
    [locale, extra],
  );
  const keysOf = useMemo(() => new Map(options.map((o) => [o.value, o.keys])), [options]);
  const labelOf = (code: string) => options.find((o) => o.value === code)?.label ?? "";
  const shown = search ?? (value ? labelOf(value) : "");
  return (
    <Select
      label={label}
      searchable
      clearable={rest.clearable ?? !rest.withAsterisk}
      withAsterisk={rest.withAsterisk}
      description={rest.description}
      error={rest.error}
      disabled={rest.disabled}
      placeholder={t("picker.country.placeholder")}
      nothingFoundMessage={t("picker.nothingFound")}
      limit={40}
      data={options.map(({ value: v, label: l }) => ({ value: v, label: l }))}
      value={value || null}
      searchValue={shown}
      onSearchChange={(s) => {
        const exact = /^[A-Z]{2}$/.test(s) && keysOf.has(s) ? s : null;
        if (exact && exact !== value) {
          onChange(exact);
          setSearch(null);
          return;
        }
        setSearch(s === (value ? labelOf(value) : "") ? null : s);
      }}
      onChange={(code) => {
        setSearch(null);
        onChange(code ?? "");
      }}
      onBlur={() => setSearch(null)}
      // The chosen country's own name in the box is not a query: the whole list opens again.
      filter={({ options: list, search: q }) =>
        search === null
          ? list
          : list.filter((o) => "value" in o && matchesFolded(keysOf.get(o.value) ?? [o.label], q))
      }
      comboboxProps={{ withinPortal: true }}
    />
  );
}
