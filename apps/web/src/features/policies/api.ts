import type { TAppliedPolicies, TPolicyVersion, TPolicyVersionInput } from "@renkei/contract";
import type { PolicyDecisionKind, PolicyKind } from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";

export const policiesApi = {
  list: () => api.get<{ items: TPolicyVersion[] }>("/policies"),
  applied: (decision: PolicyDecisionKind, on: string) =>
    api.get<TAppliedPolicies>("/policies/applied", { decision, on }),
  add: (kind: PolicyKind, input: TPolicyVersionInput) =>
    api.post<TPolicyVersion>(`/policies/${kind}/versions`, input),
};

export function usePolicies() {
  return useQuery({ queryKey: ["policies", "list"], queryFn: () => policiesApi.list() });
}

export function useAppliedPolicies(decision: PolicyDecisionKind, on: string | null) {
  return useQuery({
    queryKey: ["policies", "applied", decision, on],
    queryFn: () => policiesApi.applied(decision, on!),
    enabled: on !== null,
  });
}

export function usePolicyMutation<A, R>(fn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["policies"] }),
  });
}
