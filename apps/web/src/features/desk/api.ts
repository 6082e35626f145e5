import type {
  TDeskQuestion,
  TDeskQuestionSummary,
  TLabPrefill,
  TLabProfile,
  ZDeskAsk,
  ZLabProfileInput,
} from "@renkei/contract";
import type { DeskConversionKind } from "@renkei/domain";
import { api } from "../../api/client";
import type { InputOf } from "../../api/endpoints";

export type TDeskAskInput = InputOf<typeof ZDeskAsk>;
export type TLabProfileInput = InputOf<typeof ZLabProfileInput>;

export const deskApi = {
  list: (box: "mine" | "inbox") => api.get<{ items: TDeskQuestionSummary[] }>("/desk/questions", { box }),
  get: (id: string) => api.get<TDeskQuestion>(`/desk/questions/${id}`),
  ask: (input: TDeskAskInput) => api.post<{ id: string }>("/desk/questions", input),
  reply: (id: string, body: string, version: number) =>
    api.post<void>(`/desk/questions/${id}/replies`, { body, version }),
  state: (id: string, to: "closed" | "reopened", version: number) =>
    api.post<void>(`/desk/questions/${id}/state`, { to, version }),
  convert: (id: string, kind: DeskConversionKind, version: number) =>
    api.post<{ kind: DeskConversionKind; recordId: string }>(`/desk/questions/${id}/conversions`, {
      kind,
      version,
    }),
  /** The caller's own lab, or the chosen head's (the office; the server checks who may). */
  labPrefill: (headUserId?: string) =>
    api.get<{ prefill: TLabPrefill | null }>("/lab-profiles/prefill", { headUserId }),
  labProfiles: () => api.get<{ items: TLabProfile[] }>("/lab-profiles"),
  labProfile: (userId: string) => api.get<{ profile: TLabProfile | null }>(`/lab-profiles/${userId}`),
  saveLabProfile: (version: number, profile: TLabProfileInput, headUserId?: string) =>
    api.put<TLabProfile>("/lab-profiles", { version, profile, headUserId }),
  confirmLabProfile: (userId: string, version: number) =>
    api.post<TLabProfile>(`/lab-profiles/${userId}/confirmation`, { version }),
};
