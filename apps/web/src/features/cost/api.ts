import type {
  TCostComponentsInput,
  TCostComponentsView,
  TQuotationView,
  TSecrecyAgreementInput,
  TSecrecyWithdrawInput,
} from "@renkei/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";

/** Cost components (issue 17 item 4): endpoint functions and their queries. */
const quotation = (caseId: string, quotationId: string) => `/cases/${caseId}/quotations/${quotationId}`;

export const costApi = {
  settings: () => api.get<TCostComponentsView>("/cost/settings"),
  saveSettings: (s: TCostComponentsInput) => api.put<TCostComponentsView>("/cost/settings", s),
  quotation: (caseId: string, quotationId: string) => api.get<TQuotationView>(quotation(caseId, quotationId)),
  agree: (caseId: string, quotationId: string, body: TSecrecyAgreementInput) =>
    api.post<{ totalYen: number }>(`${quotation(caseId, quotationId)}/secrecy-agreement`, body),
  withdraw: (caseId: string, quotationId: string, body: TSecrecyWithdrawInput) =>
    api.post<{ totalYen: number }>(`${quotation(caseId, quotationId)}/secrecy-agreement/withdraw`, body),
};

export function useCostSettings() {
  return useQuery({ queryKey: ["cost", "settings"], queryFn: () => costApi.settings() });
}

export function useSaveCostSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (s: TCostComponentsInput) => costApi.saveSettings(s),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["cost", "settings"] }),
  });
}

export function useQuotationView(caseId: string, quotationId: string) {
  return useQuery({
    queryKey: ["cases", "detail", caseId, "quotation", quotationId],
    queryFn: () => costApi.quotation(caseId, quotationId),
  });
}

/** Agreement changes move the total: refresh the quotation and the case page (its list of totals). */
export function useAgreementMutation<B>(caseId: string, fn: (body: B) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: ["cases", "detail", caseId] }),
  });
}
