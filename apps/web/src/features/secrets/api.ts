import type {
  TSecretAlert,
  TSecretItemDetail,
  TSecretItemInput,
  TSecretList,
  TSecretSettings,
  ZCompetitorPairs,
  ZSecretReviews,
  ZWallApprovals,
  ZWallReport,
} from "@renkei/contract";
import type { z } from "zod";
import { api, apiUrl, type QueryValue } from "../../api/client";

/** Confidential information: endpoint functions (issue 12). */

export interface SecretFilters {
  q?: string;
  level?: string;
  status?: string;
  caseId?: string;
  partnerId?: string;
  responsibleUserId?: string;
  departmentId?: string;
  page?: number;
}

type Created = { id: string };
type Ok = { ok: true };
/** Response shapes of the walls and review routes (the contract's schemas). */
export type CompetitorPair = z.infer<typeof ZCompetitorPairs>["items"][number];
export type WallRow = z.infer<typeof ZWallReport>["rows"][number];
export type WallApproval = z.infer<typeof ZWallApprovals>["items"][number];
export type SecretReview = z.infer<typeof ZSecretReviews>["items"][number];

export const secretsApi = {
  list: (f: SecretFilters) => api.get<TSecretList>("/secrets/items", f as Record<string, QueryValue>),
  csvUrl: (f: SecretFilters) => apiUrl("/secrets/items.csv", f as Record<string, QueryValue>),
  /** The printable register, per case or per lab (H13). */
  pdfUrl: (scope: { caseId?: string; departmentId?: string } = {}) =>
    apiUrl("/secrets/register.pdf", scope as Record<string, QueryValue>),
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
  competitors: () => api.get<{ items: CompetitorPair[] }>("/secrets/competitors"),
  markCompetitors: (partnerA: string, partnerB: string, note: string) =>
    api.post<Created>("/secrets/competitors", { partnerA, partnerB, note }),
  unmarkCompetitors: (id: string) => api.del<Ok>(`/secrets/competitors/${id}`),
  walls: () => api.get<{ rows: WallRow[] }>("/secrets/walls"),
  approveWall: (userId: string, partnerId: string, justification: string) =>
    api.post<Created>("/secrets/wall-approvals", { userId, partnerId, justification }),
  wallApprovals: () => api.get<{ items: WallApproval[] }>("/secrets/wall-approvals"),
  withdrawWall: (id: string, reason: string) =>
    api.post<Ok>(`/secrets/wall-approvals/${id}/withdraw`, { reason }),
  settings: () => api.get<TSecretSettings>("/secrets/settings"),
  saveSettings: (s: TSecretSettings) => api.put<Ok>("/secrets/settings", s),
  reviews: () => api.get<{ items: SecretReview[] }>("/secrets/reviews"),
  completeReview: (id: string, note: string) => api.post<Ok>(`/secrets/reviews/${id}/complete`, { note }),
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
