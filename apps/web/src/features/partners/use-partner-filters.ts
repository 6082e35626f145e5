import { RISK_FLAGS, type RiskFlag } from "@renkei/domain";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import type { PartnerFilters } from "../../api/endpoints";

export interface PartnerListState extends PartnerFilters {
  page: number;
  risk: RiskFlag[];
}

/** The list's filters live in the URL, so a search can be bookmarked, shared and reloaded. */
export function usePartnerFilters() {
  const [params, setParams] = useSearchParams();
  const state = useMemo<PartnerListState>(
    () => ({
      q: params.get("q") ?? "",
      country: params.get("country") ?? "",
      type: params.get("type") ?? "",
      risk: (params.get("risk") ?? "")
        .split(",")
        .filter((r): r is RiskFlag => (RISK_FLAGS as readonly string[]).includes(r)),
      institutionId: params.get("institutionId") ?? "",
      page: Math.max(1, Number(params.get("page")) || 1),
    }),
    [params],
  );
  const update = useCallback(
    (patch: Partial<PartnerListState>) => {
      const next = { ...state, page: 1, ...patch };
      const out = new URLSearchParams();
      for (const key of ["q", "country", "type", "institutionId"] as const) {
        if (next[key]) {
          out.set(key, next[key]);
        }
      }
      if (next.risk.length > 0) {
        out.set("risk", next.risk.join(","));
      }
      if (next.page > 1) {
        out.set("page", String(next.page));
      }
      setParams(out, { replace: true });
    },
    [state, setParams],
  );
  return { filters: state, update };
}
