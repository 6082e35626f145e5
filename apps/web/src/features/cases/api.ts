import type {
  CaseRecordSection,
  TCaseBoard,
  TCaseCreate,
  TCaseDetail,
  TCaseHistory,
  TCaseSettings,
  TParticipantInput,
  TQuotationRequest,
} from "@renkei/contract";
import type { CaseAction } from "@renkei/domain";
import { api, apiUrl, type QueryValue } from "../../api/client";

/** Collaboration cases: endpoint functions (issue 5). */

export interface CaseBoardFilters {
  kind?: string;
  stage?: string;
  piUserId?: string;
  departmentId?: string;
  partnerId?: string;
  blocked?: "true" | "false";
  q?: string;
  /** Board (default) or the sortable table (issue 11 item 7); not sent to the API. */
  view?: "table";
}

export interface Department {
  id: string;
  nameJa: string;
  nameEn: string;
}

type Created = { id: string };
type Ok = { ok: true };

const base = (id: string) => `/cases/${id}`;

export const casesApi = {
  board: (f: CaseBoardFilters & { perStage?: number; page?: number }) =>
    api.get<TCaseBoard>("/cases", f as Record<string, QueryValue>),
  departments: () => api.get<{ items: Department[] }>("/cases/departments"),
  settings: () => api.get<TCaseSettings>("/cases/settings"),
  saveSettings: (s: TCaseSettings) => api.put<TCaseSettings>("/cases/settings", s),
  get: (id: string) => api.get<TCaseDetail>(base(id)),
  create: (input: TCaseCreate) => api.post<Created>("/cases", input),
  update: (id: string, version: number, input: Omit<TCaseCreate, "partnerIds">) =>
    api.put<Created>(base(id), { version, case: input }),
  transition: (id: string, action: CaseAction, note?: string) =>
    api.post<{ stage: string; events: string[] }>(`${base(id)}/transitions`, { action, note }),
  saveRecord: (id: string, section: CaseRecordSection, data: unknown) =>
    api.put<{ data: unknown }>(`${base(id)}/records/${section}`, { data }),
  history: (id: string, before?: number) =>
    api.get<TCaseHistory>(`${base(id)}/history`, { before, limit: 100 }),
  historyPdfUrl: (id: string) => apiUrl(`${base(id)}/history.pdf`),
  quotationUrl: (id: string, quotationId: string, lang: "ja" | "en") =>
    apiUrl(`${base(id)}/quotations/${quotationId}/document`, { lang }),
  documentUrl: (id: string, documentId: string) => apiUrl(`${base(id)}/documents/${documentId}`),
  addPartner: (id: string, partnerId: string) => api.post<Created>(`${base(id)}/partners`, { partnerId }),
  updatePartner: (id: string, partnerId: string, body: unknown) =>
    api.put<Ok>(`${base(id)}/partners/${partnerId}`, body),
  removePartner: (id: string, partnerId: string) => api.del<Ok>(`${base(id)}/partners/${partnerId}`),
  addParticipant: (id: string, body: TParticipantInput) =>
    api.post<Created>(`${base(id)}/participants`, body),
  updateParticipant: (id: string, participantId: string, body: unknown) =>
    api.put<Ok>(`${base(id)}/participants/${participantId}`, body),
  removeParticipant: (id: string, participantId: string) =>
    api.del<Ok>(`${base(id)}/participants/${participantId}`),
  addFunding: (id: string, body: unknown) => api.post<Created>(`${base(id)}/funding`, body),
  removeFunding: (id: string, fundingId: string) => api.del<Ok>(`${base(id)}/funding/${fundingId}`),
  addNda: (id: string, body: unknown) => api.post<Created>(`${base(id)}/ndas`, body),
  updateNda: (id: string, ndaId: string, body: unknown) => api.put<Ok>(`${base(id)}/ndas/${ndaId}`, body),
  waive: (id: string, body: unknown) => api.post<Created>(`${base(id)}/waivers`, body),
  disclose: (id: string, body: unknown) => api.post<Created>(`${base(id)}/disclosures`, body),
  addTask: (id: string, body: unknown) => api.post<Created>(`${base(id)}/tasks`, body),
  updateTask: (id: string, taskId: string, body: unknown) => api.put<Ok>(`${base(id)}/tasks/${taskId}`, body),
  addComment: (id: string, body: string) => api.post<Created>(`${base(id)}/comments`, { body }),
  addMonitoring: (id: string, body: unknown) => api.post<Created>(`${base(id)}/monitoring`, body),
  updateMonitoring: (id: string, itemId: string, body: unknown) =>
    api.put<Ok>(`${base(id)}/monitoring/${itemId}`, body),
  addQuotation: (id: string, body: TQuotationRequest) => api.post<Created>(`${base(id)}/quotations`, body),
  documentViewUrl: (id: string, documentId: string) => apiUrl(`${base(id)}/documents/${documentId}/view`),
  upload: (id: string, file: File, category: string, level = 1) => {
    const form = new FormData();
    form.set("file", file);
    form.set("category", category);
    form.set("level", String(level));
    return api.upload<Created>(`${base(id)}/documents`, form);
  },
};
