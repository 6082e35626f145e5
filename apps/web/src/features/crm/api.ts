import type {
  TEntryRequest,
  TEntryRequestAction,
  TEntryRequestInput,
  TMatchInput,
  TMembershipJoin,
  TMembershipProgramme,
  TMembershipTierInput,
  TReactionInput,
  TSeedNeedEntryInput,
  TSeedNeedEntryUpdate,
  TSeedNeedRegister,
  ZMembershipRenew,
} from "@renkei/contract";
import type { EntryRequestStatus } from "@renkei/domain";
import { api } from "../../api/client";
import type { InputOf } from "../../api/endpoints";

/** CRM depth (issue 17 item 1): endpoint functions of entry requests, the register and memberships. */

type Created = { id: string };
export type TMembershipRenewInput = InputOf<typeof ZMembershipRenew>;

export const crmApi = {
  requests: (status?: EntryRequestStatus) => api.get<{ items: TEntryRequest[] }>("/crm/requests", { status }),
  fileRequest: (input: TEntryRequestInput) => api.post<Created>("/crm/requests", input),
  actOnRequest: (id: string, input: TEntryRequestAction) =>
    api.post<void>(`/crm/requests/${id}/actions`, input),
  register: () => api.get<TSeedNeedRegister>("/crm/register"),
  addEntry: (input: TSeedNeedEntryInput) => api.post<Created>("/crm/register/entries", input),
  updateEntry: (id: string, input: TSeedNeedEntryUpdate) =>
    api.put<void>(`/crm/register/entries/${id}`, input),
  saveMatch: (input: TMatchInput) => api.post<Created>("/crm/register/matches", input),
  addReaction: (input: TReactionInput) => api.post<Created>("/crm/register/reactions", input),
  programme: (partnerId?: string) => api.get<TMembershipProgramme>("/crm/memberships", { partnerId }),
  addTier: (input: TMembershipTierInput) => api.post<Created>("/crm/memberships/tiers", input),
  join: (input: TMembershipJoin) => api.post<Created>("/crm/memberships", input),
  renew: (id: string, input: TMembershipRenewInput) =>
    api.post<void>(`/crm/memberships/${id}/renewals`, input),
  end: (id: string, version: number) => api.post<void>(`/crm/memberships/${id}/end`, { version }),
};
