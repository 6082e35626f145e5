import type { TClearance, TTripDetail, TTripSummary } from "@renkei/contract";
import type { TripDecision, TripPlanInput, TripStatus } from "@renkei/domain";
import { api } from "../../api/client";

export const tripsApi = {
  list: (scope: "mine" | "all", status?: TripStatus) =>
    api.get<{ items: TTripSummary[] }>("/trips", { scope, status }),
  get: (id: string) => api.get<TTripDetail>(`/trips/${id}`),
  create: (plan: TripPlanInput) => api.post<{ id: string; ref: string }>("/trips", plan),
  revise: (id: string, body: { version: number; plan: TripPlanInput; note: string }) =>
    api.put<TTripDetail>(`/trips/${id}`, body),
  decide: (id: string, body: { decision: TripDecision; reason: string; comment: string }) =>
    api.post<TTripDetail>(`/trips/${id}/decision`, body),
  withdraw: (id: string, comment: string) => api.post<TTripDetail>(`/trips/${id}/withdraw`, { comment }),
  clearance: (ref: string) => api.get<TClearance>(`/clearances/${encodeURIComponent(ref)}`),
};
