import type { TDeclarationSummary, TDeclarationView, ZMyCoi } from "@renkei/contract";
import type { z } from "zod";
import { api } from "../../api/client";

export type TMyCoi = z.infer<typeof ZMyCoi>;
type Ok = { ok: true };

export const coiApi = {
  me: () => api.get<TMyCoi>("/coi/me"),
  get: (id: string) => api.get<TDeclarationView>(`/coi/declarations/${id}`),
  create: (body: unknown) => api.post<TDeclarationView>("/coi/declarations", body),
  save: (id: string, body: unknown) => api.put<TDeclarationView>(`/coi/declarations/${id}`, body),
  submit: (id: string, version: number) =>
    api.post<TDeclarationView>(`/coi/declarations/${id}/submit`, { version, attest: true }),
  queue: (status?: string) => api.get<{ items: TDeclarationSummary[] }>("/coi/queue", { status }),
  determine: (id: string, body: unknown) => api.post<Ok>(`/coi/declarations/${id}/determinations`, body),
  returnIt: (id: string, version: number, comment: string) =>
    api.post<Ok>(`/coi/declarations/${id}/return`, { version, comment }),
  approve: (id: string, version: number) => api.post<Ok>(`/coi/declarations/${id}/approve`, { version }),
  bulkApprove: (ids: string[]) => api.post<{ approved: number }>("/coi/declarations/bulk-approve", { ids }),
  openCycle: (body: unknown) => api.post<{ id: string }>("/coi/cycles", body),
};
