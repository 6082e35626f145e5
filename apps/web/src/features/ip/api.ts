import type {
  TDocketEntry,
  TInventionDetail,
  TInventionInput,
  TInventionSummary,
  TIpContractPolicy,
  TModelText,
  TNpRecords,
  TTechList,
} from "@renkei/contract";
import { api } from "../../api/client";

type Created = { id: string };
type Ok = { ok: true };
const inv = (id: string) => `/ip/inventions/${id}`;

export const ipApi = {
  list: () => api.get<{ items: TInventionSummary[] }>("/ip/inventions"),
  get: (id: string) => api.get<TInventionDetail>(inv(id)),
  docket: () => api.get<{ items: TDocketEntry[] }>("/ip/docket", { days: 365 }),
  income: () =>
    api.get<{ years: { fiscalYear: number; total: number; byKind: Record<string, number> }[] }>("/ip/income"),
  create: (body: TInventionInput) => api.post<Created>("/ip/inventions", body),
  confirm: (id: string) => api.post<Ok>(`${inv(id)}/confirm`, {}),
  decide: (id: string, body: unknown) => api.post<Ok>(`${inv(id)}/decision`, body),
  secrecy: (id: string, body: unknown) => api.post<Ok>(`${inv(id)}/secrecy-checks`, body),
  addFiling: (id: string, body: unknown) => api.post<Created>(`${inv(id)}/filings`, body),
  updateFiling: (id: string, filingId: string, body: unknown) =>
    api.put<Ok>(`${inv(id)}/filings/${filingId}`, body),
  addAgreement: (id: string, body: unknown) => api.post<Created>(`${inv(id)}/agreements`, body),
  approveException: (id: string, agreementId: string, body: unknown) =>
    api.post<Ok>(`${inv(id)}/agreements/${agreementId}/exception-approval`, body),
  sign: (id: string, agreementId: string, body: unknown) =>
    api.post<Ok>(`${inv(id)}/agreements/${agreementId}/sign`, body),
  addIncome: (id: string, agreementId: string, body: unknown) =>
    api.post<Created>(`${inv(id)}/agreements/${agreementId}/income`, body),
  recordBayhDole: (body: unknown) => api.post<Created>("/ip/bayh-dole-records", body),
  withdrawBayhDole: (recordId: string) => api.post<Ok>(`/ip/bayh-dole-records/${recordId}/withdraw`, {}),
  modelTexts: () => api.get<{ items: TModelText[] }>("/ip/model-texts"),
  compareTexts: (from: string, to: string) =>
    api.get<{ ja: Diff[]; en: Diff[]; from: number; to: number }>("/ip/model-texts/compare", { from, to }),
  addModelText: (body: unknown) => api.post<Created>("/ip/model-texts", body),
  installDefaults: () => api.post<Ok>("/ip/model-texts/defaults", {}),
  settings: () => api.get<IpSettings>("/ip/settings"),
  saveSettings: (body: IpSettings) => api.put<Ok>("/ip/settings", body),
  contractPolicy: () => api.get<TIpContractPolicy>("/ip/settings/contract-policy"),
  saveContractPolicy: (body: { thirdCountryArbitration: string }) =>
    api.put<Ok>("/ip/settings/contract-policy", body),
  techLists: () => api.get<{ items: TTechList[] }>("/ip/tech-lists"),
  addTechList: (body: unknown) => api.post<Created>("/ip/tech-lists", body),
  np: (caseId: string) => api.get<TNpRecords>(`/ip/national-projects/${caseId}`),
  npPost: (caseId: string, path: string, body: unknown) =>
    api.post<Created>(`/ip/national-projects/${caseId}/${path}`, body),
  npPut: (caseId: string, path: string, body: unknown) =>
    api.put<Ok>(`/ip/national-projects/${caseId}/${path}`, body),
  npDelete: (caseId: string, path: string) => api.del<Ok>(`/ip/national-projects/${caseId}/${path}`),
};

export type Diff = { op: "same" | "added" | "removed"; text: string };
export interface IpSettings {
  foreignExceptions: { id: string; ja: string; en: string }[];
  exceptionApprovers: string[];
  bayhDoleReportWithinDays: number;
}
