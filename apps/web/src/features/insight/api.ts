import type {
  TAdvice,
  TAdviceInboxItem,
  TDashboard,
  TDashboardKind,
  TFigureRecord,
  THubFigures,
  THubGrant,
  TIndicator,
  TLibraryEntry,
  TOwnLibraryEntry,
  TReceipt,
  TSurvey,
  TSurveyAgreement,
  ZReceiptInput,
  ZSurveyAgreementInput,
} from "@renkei/contract";
import type { HubScope, IndicatorId } from "@renkei/domain";
import { api } from "../../api/client";
import type { InputOf } from "../../api/endpoints";

export type TAgreementForm = InputOf<typeof ZSurveyAgreementInput>;
export type TReceiptForm = InputOf<typeof ZReceiptInput>;

export const insightApi = {
  dashboard: (kind: TDashboardKind, fy: number) => api.get<TDashboard>(`/insight/dashboards/${kind}`, { fy }),
  survey: (fy: number) => api.get<TSurvey>("/insight/survey", { fy }),
  figure: (fy: number, id: string) =>
    api.get<{ items: TFigureRecord[] }>(`/insight/survey/figures/${encodeURIComponent(id)}`, { fy }),
  indicators: (fy: number) => api.get<{ items: TIndicator[] }>("/insight/indicators", { fy }),
  setTarget: (fiscalYear: number, indicatorId: IndicatorId, target: number) =>
    api.put<void>("/insight/targets", { fiscalYear, indicatorId, target }),
  agreements: () => api.get<{ items: TSurveyAgreement[] }>("/insight/agreements"),
  createAgreement: (input: TAgreementForm) => api.post<TSurveyAgreement>("/insight/agreements", input),
  deleteAgreement: (id: string) => api.del<void>(`/insight/agreements/${id}`),
  receipts: (fy: number) => api.get<{ items: TReceipt[] }>("/insight/receipts", { fy }),
  recordReceipt: (input: TReceiptForm) => api.post<{ id: string }>("/insight/receipts", input),
  deleteReceipt: (id: string) => api.del<void>(`/insight/receipts/${id}`),
  hubs: () => api.get<{ items: { id: string; name: { ja: string; en: string } }[] }>("/hub/hubs"),
  grants: () => api.get<{ items: THubGrant[] }>("/hub/grants"),
  grant: (hubInstitutionId: string, scopes: HubScope[]) =>
    api.post<void>("/hub/grants", { hubInstitutionId, scopes }),
  revoke: (hubInstitutionId: string) => api.del<void>(`/hub/grants/${hubInstitutionId}`),
  hubFigures: (fy: number) => api.get<THubFigures>("/hub/figures", { fy }),
};

/** Hub advice and the case library (issue 16 §6–7). */
export const sharingApi = {
  adviceHubs: () =>
    api.get<{ items: { id: string; name: { ja: string; en: string } }[] }>("/hub/advice/hubs"),
  advice: (subjectKind: TAdviceSubjectKind, subjectId: string) =>
    api.get<{ items: TAdvice[] }>("/hub/advice", { subjectKind, subjectId }),
  ask: (input: {
    hubInstitutionId: string;
    subjectKind: TAdviceSubjectKind;
    subjectId: string;
    question: string;
  }) => api.post<{ id: string }>("/hub/advice", input),
  inbox: () => api.get<{ items: TAdviceInboxItem[] }>("/hub/advice/inbox"),
  answer: (id: string, answer: string) => api.post<void>(`/hub/advice/${id}/answer`, { answer }),
  library: (q: { q?: string; kind?: string; region?: string }) =>
    api.get<{ items: TLibraryEntry[] }>("/library", q),
  libraryMine: () => api.get<{ items: TOwnLibraryEntry[] }>("/library/mine"),
  prepare: (caseId: string, lessons: string) =>
    api.post<{ id: string }>("/library/entries", { caseId, lessons }),
  release: (id: string) => api.post<void>(`/library/entries/${id}/release`),
  withdraw: (id: string) => api.post<void>(`/library/entries/${id}/withdraw`),
};
export type TAdviceSubjectKind = "review" | "classification";
