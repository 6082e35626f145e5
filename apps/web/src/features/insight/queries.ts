import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { insightApi } from "./api";

export const useSurvey = (fy: number) =>
  useQuery({ queryKey: ["insight", "survey", fy], queryFn: () => insightApi.survey(fy) });
export const useFigure = (fy: number, id: string | null) =>
  useQuery({
    queryKey: ["insight", "figure", fy, id],
    queryFn: () => insightApi.figure(fy, id ?? ""),
    enabled: id !== null,
  });
export const useIndicators = (fy: number) =>
  useQuery({ queryKey: ["insight", "indicators", fy], queryFn: () => insightApi.indicators(fy) });
export const useAgreements = () =>
  useQuery({ queryKey: ["insight", "agreements"], queryFn: insightApi.agreements });
export const useReceipts = (fy: number) =>
  useQuery({ queryKey: ["insight", "receipts", fy], queryFn: () => insightApi.receipts(fy) });
export const useHubs = () => useQuery({ queryKey: ["hub", "hubs"], queryFn: insightApi.hubs });
export const useGrants = () => useQuery({ queryKey: ["hub", "grants"], queryFn: insightApi.grants });

/** Any change to money, targets or grants refreshes every figure computed from them. */
export function useInsightMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["insight"] }),
        queryClient.invalidateQueries({ queryKey: ["hub"] }),
      ]),
  });
}

/** The current Japanese fiscal year (April–March) in the browser's calendar. */
export function currentFiscalYear(now = new Date()): number {
  return now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
}
