import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { crmApi } from "./api";

export const crmKeys = {
  all: ["crm"] as const,
  requests: ["crm", "requests"] as const,
  register: ["crm", "register"] as const,
  programme: (partnerId?: string) => ["crm", "memberships", partnerId ?? "all"] as const,
};

export function useEntryRequests() {
  return useQuery({ queryKey: crmKeys.requests, queryFn: () => crmApi.requests() });
}

export function useRegister() {
  return useQuery({ queryKey: crmKeys.register, queryFn: () => crmApi.register() });
}

export function useProgramme(partnerId?: string) {
  return useQuery({ queryKey: crmKeys.programme(partnerId), queryFn: () => crmApi.programme(partnerId) });
}

/** Any CRM change: the lists of the three pages (and the partner page's membership) are read again. */
export function useCrmMutation<A, R>(fn: (args: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: crmKeys.all }) });
}
