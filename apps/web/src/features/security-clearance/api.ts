import type { TClearanceView, ZClearanceOfficers } from "@renkei/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../api/client";

/** The security-clearance register (J9): its own API, read by no other page. */
export type TClearanceOfficers = z.infer<typeof ZClearanceOfficers>;

export const clearanceApi = {
  list: () => api.get<{ items: TClearanceView[] }>("/security-clearances"),
  create: (body: unknown) => api.post<TClearanceView>("/security-clearances", body),
  revoke: (id: string, version: number) =>
    api.post<TClearanceView>(`/security-clearances/${id}/revoke`, { version }),
  officers: () => api.get<TClearanceOfficers>("/security-clearances/officers"),
  designate: (userId: string) => api.post<TClearanceOfficers>("/security-clearances/officers", { userId }),
};

const KEY = ["security-clearance"];
export const useClearances = () => useQuery({ queryKey: [...KEY, "list"], queryFn: clearanceApi.list });
export const useClearanceOfficers = () =>
  useQuery({ queryKey: [...KEY, "officers"], queryFn: clearanceApi.officers });

export function useClearanceMutation<A, R>(fn: (args: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: KEY }) });
}
