import type {
  TAuditEvent,
  TDuplicateCandidate,
  TImportReport,
  TPartnerDetail,
  TPartnerInput,
  TPartnerList,
  TPerson,
  TSessionResponse,
  ZContactInput,
  ZCreditCheckInput,
  ZDuplicateQuery,
  ZMovePersonRequest,
  ZPersonInput,
} from "@renkei/contract";
import type { Role } from "@renkei/domain";
import { api, apiUrl, type QueryValue } from "./client";

/** The request type a contract schema accepts (zod's input side), without importing zod itself. */
export type InputOf<T extends { _zod: { input: unknown } }> = T["_zod"]["input"];

export type TContactInput = InputOf<typeof ZContactInput>;
export type TCreditCheckInput = InputOf<typeof ZCreditCheckInput>;
export type TDuplicateQuery = InputOf<typeof ZDuplicateQuery>;
export type TPersonInput = InputOf<typeof ZPersonInput>;
export type TMovePersonRequest = InputOf<typeof ZMovePersonRequest>;

export interface PartnerFilters {
  q?: string;
  country?: string;
  type?: string;
  risk?: string[];
  institutionId?: string;
}

export interface UserItem {
  id: string;
  displayName: string;
  role: Role;
  email: string;
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  action?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditPage {
  items: TAuditEvent[];
  total: number;
  page: number;
  pageSize: number;
}

type Created = { id: string };

function filterQuery(f: PartnerFilters): Record<string, QueryValue> {
  return { q: f.q, country: f.country, type: f.type, risk: f.risk, institutionId: f.institutionId };
}

export const authApi = {
  session: () => api.get<TSessionResponse>("/auth/session"),
  login: (email: string, password: string) => api.post<TSessionResponse>("/auth/login", { email, password }),
  logout: () => api.post<{ ok: true }>("/auth/logout"),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<{ ok: true }>("/auth/password", { currentPassword, newPassword }),
};

export const partnersApi = {
  list: (f: PartnerFilters & { page?: number; pageSize?: number }) =>
    api.get<TPartnerList>("/partners", { ...filterQuery(f), page: f.page, pageSize: f.pageSize }),
  exportUrl: (f: PartnerFilters, format: "csv" | "xlsx") =>
    apiUrl("/partners/export", { ...filterQuery(f), format }),
  get: (id: string) => api.get<TPartnerDetail>(`/partners/${id}`),
  create: (partner: TPartnerInput) => api.post<Created>("/partners", partner),
  update: (id: string, version: number, partner: TPartnerInput) =>
    api.put<Created>(`/partners/${id}`, { version, partner }),
  duplicates: (q: TDuplicateQuery) =>
    api.post<{ candidates: TDuplicateCandidate[] }>("/partners/duplicates", q),
  merge: (id: string, duplicateId: string) => api.post<Created>(`/partners/${id}/merge`, { duplicateId }),
  addContact: (id: string, input: TContactInput) => api.post<Created>(`/partners/${id}/contacts`, input),
  addCreditCheck: (id: string, input: TCreditCheckInput) =>
    api.post<Created>(`/partners/${id}/credit-checks`, input),
  import: (file: File, mode: "preview" | "commit") => {
    const form = new FormData();
    form.set("file", file);
    return api.upload<TImportReport>("/partners/import", form, { mode });
  },
};

export const peopleApi = {
  list: (q?: string) => api.get<{ items: TPerson[] }>("/people", { q }),
  get: (id: string) => api.get<TPerson>(`/people/${id}`),
  create: (input: TPersonInput) => api.post<Created>("/people", input),
  move: (id: string, input: TMovePersonRequest) => api.post<Created>(`/people/${id}/move`, input),
};

export const usersApi = {
  list: () => api.get<{ items: UserItem[] }>("/users"),
};

export const auditApi = {
  list: (q: AuditQuery) => api.get<AuditPage>("/audit", { ...q }),
  csvUrl: (q: AuditQuery) => apiUrl("/audit", { ...q, page: undefined, pageSize: undefined, format: "csv" }),
};
