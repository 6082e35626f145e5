import type { TSecretAlert, TSecretItemDetail, TSecretItemInput, TSecretList } from "@renkei/contract";
import { api, apiUrl, type QueryValue } from "../../api/client";

/** Confidential information: endpoint functions (issue 12). */

export interface SecretFilters {
  q?: string;
  level?: string;
  status?: string;
  caseId?: string;
  partnerId?: string;
  page?: number;
}

type Created = { id: string };
type Ok = { ok: true };

export const secretsApi = {
  list: (f: SecretFilters) => api.get<TSecretList>("/secrets/items", f as Record<string, QueryValue>),
  csvUrl: (f: SecretFilters) => apiUrl("/secrets/items.csv", f as Record<string, QueryValue>),
  pdfUrl: (caseId?: string) => apiUrl("/secrets/register.pdf", caseId ? { caseId } : {}),
  get: (id: string) => api.get<TSecretItemDetail>(`/secrets/items/${id}`),
  create: (input: TSecretItemInput) => api.post<Created>("/secrets/items", input),
  grant: (id: string, userId: string, canDownload: boolean) =>
    api.post<Created>(`/secrets/items/${id}/grants`, { userId, canDownload }),
  revoke: (id: string, grantId: string) => api.del<Ok>(`/secrets/items/${id}/grants/${grantId}`),
  end: (id: string, body: unknown) => api.post<Ok>(`/secrets/items/${id}/end`, body),
  certificateUrl: (id: string) => apiUrl(`/secrets/items/${id}/certificate`),
  alerts: (status?: string) => api.get<{ items: TSecretAlert[] }>("/secrets/alerts", { status }),
  decideAlert: (id: string, status: "resolved" | "escalated", note: string) =>
    api.put<Ok>(`/secrets/alerts/${id}`, { status, note }),
  myPledges: () =>
    api.get<{
      current: { id: string; version: number; bodyJa: string; bodyEn: string } | null;
      cases: {
        caseId: string;
        ref: string;
        title: string;
        required: boolean;
        signedVersion: number | null;
      }[];
    }>("/secrets/pledges/mine"),
  sign: (caseId: string, pledgeTextId: string) =>
    api.post<Created>("/secrets/pledges", { caseId, pledgeTextId, consented: true }),
};
