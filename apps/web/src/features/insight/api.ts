import type {
  TDashboard,
  TDashboardKind,
  TFigureRecord,
  THubGrant,
  TIndicator,
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
};
