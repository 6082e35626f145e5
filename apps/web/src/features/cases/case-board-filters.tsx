import { Button, Group, NativeSelect, Paper, TextInput } from "@mantine/core";
import { CASE_KIND_LABELS, CASE_KINDS } from "@renkei/domain";
import { type FormEvent, useEffect, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { useI18n } from "../../lib/i18n";
import { useUsers } from "../partners/queries";
import { PartnerPicker } from "../people/partner-picker";
import type { CaseBoardFilters } from "./api";
import { useDepartments } from "./queries";

const KEYS = ["kind", "stage", "piUserId", "departmentId", "partnerId", "blocked", "q", "view"] as const;

/** The board's filters live in the URL (bookmarkable, shareable). */
export function useCaseBoardFilters() {
  const [params, setParams] = useSearchParams();
  const filters: CaseBoardFilters = {};
  for (const k of KEYS) {
    const v = params.get(k);
    if (v) {
      (filters as Record<string, string>)[k] = v;
    }
  }
  const page = Math.max(1, Number(params.get("page")) || 1);
  const update = (patch: Partial<CaseBoardFilters> & { page?: number }) => {
    const next: Record<string, string | number | undefined> = { ...filters, page: 1, ...patch };
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) {
      if (v !== undefined && v !== "" && !(k === "page" && v === 1)) {
        out.set(k, String(v));
      }
    }
    setParams(out, { replace: true });
  };
  return { filters, page, update };
}

export function CaseBoardFilterBar({
  filters,
  onChange,
}: {
  filters: CaseBoardFilters;
  onChange(patch: Partial<CaseBoardFilters>): void;
}) {
  const { t, label, locale } = useI18n();
  const users = useUsers();
  const departments = useDepartments();
  const [q, setQ] = useState(filters.q ?? "");
  useEffect(() => setQ(filters.q ?? ""), [filters.q]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() || undefined });
  };
  const researchers = (users.data?.items ?? []).filter(
    (u) => u.role === "researcher" || u.id === filters.piUserId,
  );
  return (
    <Paper withBorder p="md">
      <form onSubmit={onSubmit}>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            miw={220}
            label={t("cases.filter.q")}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
          <Button type="submit">{t("common.search")}</Button>
          <NativeSelect
            label={t("cases.filter.kind")}
            value={filters.kind ?? ""}
            onChange={(e) => onChange({ kind: e.currentTarget.value || undefined })}
            data={[
              { value: "", label: t("common.all") },
              ...CASE_KINDS.map((k) => ({ value: k, label: label(CASE_KIND_LABELS[k]) })),
            ]}
          />
          <NativeSelect
            label={t("cases.filter.pi")}
            value={filters.piUserId ?? ""}
            onChange={(e) => onChange({ piUserId: e.currentTarget.value || undefined })}
            data={[
              { value: "", label: t("common.all") },
              ...researchers.map((u) => ({ value: u.id, label: u.displayName })),
            ]}
          />
          <NativeSelect
            label={t("cases.filter.department")}
            value={filters.departmentId ?? ""}
            onChange={(e) => onChange({ departmentId: e.currentTarget.value || undefined })}
            data={[
              { value: "", label: t("common.all") },
              ...(departments.data?.items ?? []).map((d) => ({
                value: d.id,
                label: locale === "ja" ? d.nameJa : d.nameEn,
              })),
            ]}
          />
          <NativeSelect
            label={t("cases.filter.blocked")}
            value={filters.blocked ?? ""}
            onChange={(e) =>
              onChange({ blocked: (e.currentTarget.value || undefined) as CaseBoardFilters["blocked"] })
            }
            data={[
              { value: "", label: t("common.all") },
              { value: "true", label: t("cases.filter.blockedYes") },
              { value: "false", label: t("cases.filter.blockedNo") },
            ]}
          />
          <div style={{ minWidth: 260 }}>
            <PartnerPicker
              label={t("cases.filter.partner")}
              value={filters.partnerId ?? null}
              onChange={(id) => onChange({ partnerId: id ?? undefined })}
            />
          </div>
          <Button
            variant="subtle"
            onClick={() => {
              setQ("");
              onChange({
                kind: undefined,
                piUserId: undefined,
                departmentId: undefined,
                partnerId: undefined,
                blocked: undefined,
                q: undefined,
              });
            }}
          >
            {t("common.clear")}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
