import type { TVisitorDetail, TVisitorSummary, ZPledgeInput, ZVisitorInput } from "@renkei/contract";
import type { RecipientFacts, VisitorDecision, VisitorStatus } from "@renkei/domain";
import { api } from "../../api/client";
import type { InputOf } from "../../api/endpoints";

export type TVisitorInput = InputOf<typeof ZVisitorInput>;
export type TPledgeInput = InputOf<typeof ZPledgeInput>;

export const visitorsApi = {
  list: (scope: "mine" | "all", status?: VisitorStatus) =>
    api.get<{ items: TVisitorSummary[] }>("/visitors", { scope, status }),
  get: (id: string) => api.get<TVisitorDetail>(`/visitors/${id}`),
  create: (input: TVisitorInput) => api.post<{ id: string }>("/visitors", input),
  updateFacts: (id: string, body: { version: number; declaration: RecipientFacts; note: string }) =>
    api.put<TVisitorDetail>(`/visitors/${id}/declaration`, body),
  recordPledge: (id: string, body: TPledgeInput) => api.post<TVisitorDetail>(`/visitors/${id}/pledges`, body),
  decide: (id: string, body: { decision: VisitorDecision; reason: string; comment: string }) =>
    api.post<TVisitorDetail>(`/visitors/${id}/decision`, body),
};
