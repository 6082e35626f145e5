import type { CaseRecordSection, TCaseCreate, TCaseSettings } from "@renkei/contract";
import type { CaseAction } from "@renkei/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type CaseBoardFilters, casesApi } from "./api";

export const caseKeys = {
  all: ["cases"] as const,
  board: (f: CaseBoardFilters & { perStage?: number; page?: number }) => ["cases", "board", f] as const,
  detail: (id: string) => ["cases", "detail", id] as const,
  history: (id: string) => ["cases", "history", id] as const,
};

export function useCaseBoard(f: CaseBoardFilters & { perStage?: number; page?: number }) {
  return useQuery({
    queryKey: caseKeys.board(f),
    queryFn: () => casesApi.board(f),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: () => casesApi.get(id) });
}

export function useDepartments() {
  return useQuery({ queryKey: ["departments"], queryFn: () => casesApi.departments(), staleTime: 300_000 });
}

export function useCaseSettings(enabled = true) {
  return useQuery({ queryKey: ["cases", "settings"], queryFn: () => casesApi.settings(), enabled });
}

export function useSaveCaseSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: TCaseSettings) => casesApi.saveSettings(s),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["cases", "settings"] }),
  });
}

export function useCreateCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: TCaseCreate) => casesApi.create(input),
    onSuccess: () => qc.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

/**
 * Any change to one case: after it, the case page, its history and the board are refetched (the
 * server recomputes actions, blockers and the board's blocked flag on every write).
 */
export function useCaseMutation<TVars, TResult = unknown>(
  _id: string,
  fn: (vars: TVars) => Promise<TResult>,
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

export function useTransition(id: string) {
  return useCaseMutation(id, ({ action, note }: { action: CaseAction; note?: string }) =>
    casesApi.transition(id, action, note),
  );
}

export function useSaveRecord(id: string, section: CaseRecordSection) {
  return useCaseMutation(id, (data: unknown) => casesApi.saveRecord(id, section, data));
}
