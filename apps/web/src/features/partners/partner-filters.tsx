import { Button, Checkbox, Group, NativeSelect, Paper, Stack, TextInput } from "@mantine/core";
import {
  PARTNER_TYPE_LABELS,
  PARTNER_TYPES,
  RISK_FLAG_LABELS,
  RISK_FLAGS,
  type RiskFlag,
} from "@renkei/domain";
import { type FormEvent, useEffect, useState } from "react";
import { COMMON_COUNTRIES } from "../../lib/countries";
import { useI18n } from "../../lib/i18n";
import { useCurrentUser } from "../auth/session";
import type { PartnerListState } from "./use-partner-filters";

interface Props {
  filters: PartnerListState;
  onChange(patch: Partial<PartnerListState>): void;
}

/** Search box (any name form or 法人番号) plus country, type, risk and — for hub staff — registry. */
export function PartnerFilters({ filters, onChange }: Props) {
  const { t, label, country, locale } = useI18n();
  const user = useCurrentUser();
  const [q, setQ] = useState(filters.q ?? "");
  useEffect(() => setQ(filters.q ?? ""), [filters.q]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() });
  };
  const countries = [...COMMON_COUNTRIES]
    .map((code): { value: string; label: string } => ({ value: code, label: `${country(code)} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  if (filters.country && !countries.some((c) => c.value === filters.country)) {
    countries.unshift({ value: filters.country, label: `${country(filters.country)} (${filters.country})` });
  }

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <form onSubmit={onSubmit}>
          <Group align="flex-end">
            <TextInput
              flex={1}
              miw={240}
              label={t("partners.search")}
              description={t("partners.searchHint")}
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
            />
            <Button type="submit">{t("common.search")}</Button>
          </Group>
        </form>
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t("partners.filterCountry")}
            value={filters.country ?? ""}
            onChange={(e) => onChange({ country: e.currentTarget.value })}
            data={[{ value: "", label: t("common.all") }, ...countries]}
          />
          <NativeSelect
            label={t("partners.filterType")}
            value={filters.type ?? ""}
            onChange={(e) => onChange({ type: e.currentTarget.value })}
            data={[
              { value: "", label: t("common.all") },
              ...PARTNER_TYPES.map((p) => ({ value: p, label: label(PARTNER_TYPE_LABELS[p]) })),
            ]}
          />
          {user.consultable.length > 0 && (
            <NativeSelect
              label={t("partners.institution")}
              value={filters.institutionId ?? ""}
              onChange={(e) => onChange({ institutionId: e.currentTarget.value })}
              data={[
                { value: "", label: t("partners.ownInstitution") },
                ...user.consultable.map((i) => ({
                  value: i.id,
                  label: label({ ja: i.nameJa, en: i.nameEn }),
                })),
              ]}
            />
          )}
          <Button
            variant="subtle"
            onClick={() =>
              onChange({ q: "", country: "", type: "", risk: [], institutionId: filters.institutionId })
            }
          >
            {t("common.clear")}
          </Button>
        </Group>
        <Checkbox.Group
          label={t("partners.filterRisk")}
          value={filters.risk}
          onChange={(v) => onChange({ risk: v as RiskFlag[] })}
        >
          <Group mt={6} gap="md">
            {RISK_FLAGS.map((f) => (
              <Checkbox key={f} value={f} label={label(RISK_FLAG_LABELS[f])} />
            ))}
          </Group>
        </Checkbox.Group>
      </Stack>
    </Paper>
  );
}
