import type {
  TAccount,
  TAdminUser,
  TAdminUserCreate,
  TAdminUserUpdate,
  TAuthSettings,
  TAuthSettingsUpdate,
  TDepartment,
  TDepartmentInput,
  TPasswordTokenInfo,
  TSessionResponse,
  TSignInMethods,
  TSignInResult,
  TTotpConfirmed,
  TTotpEnrolment,
  TUserImportReport,
} from "@renkei/contract";
import { api } from "../../api/client";

type Ok = { ok: true };

export const accountsApi = {
  login: (email: string, password: string) => api.post<TSignInResult>("/auth/login", { email, password }),
  methods: () => api.get<TSignInMethods>("/auth/methods"),
  requestReset: (email: string) => api.post<Ok>("/auth/password-reset", { email }),
  tokenInfo: (token: string) => api.get<TPasswordTokenInfo>("/auth/password-token", { token }),
  setPassword: (token: string, password: string) => api.post<Ok>("/auth/password-token", { token, password }),
  verifyTotp: (challenge: string, code: string) =>
    api.post<TSessionResponse>("/auth/totp/verify", { challenge, code }),
  enrolStart: (challenge: string) => api.post<TTotpEnrolment>("/auth/totp/enrol", { challenge }),
  enrolConfirm: (challenge: string, code: string) =>
    api.post<TTotpConfirmed>("/auth/totp/enrol/confirm", { challenge, code }),

  account: () => api.get<TAccount>("/account"),
  setLocale: (locale: "ja" | "en") => api.put<Ok>("/account/preferences", { locale }),
  totpStart: () => api.post<TTotpEnrolment>("/account/totp/start"),
  totpConfirm: (code: string) => api.post<TTotpConfirmed>("/account/totp/confirm", { code }),
  totpDisable: () => api.post<Ok>("/account/totp/disable"),

  users: (q: { q?: string; status?: string }) => api.get<{ items: TAdminUser[] }>("/admin/users", q),
  createUser: (body: TAdminUserCreate) => api.post<{ id: string }>("/admin/users", body),
  updateUser: (id: string, body: TAdminUserUpdate) => api.patch<Ok>(`/admin/users/${id}`, body),
  userAction: (id: string, action: "deactivate" | "reactivate" | "invite" | "reset-totp") =>
    api.post<Ok>(`/admin/users/${id}/${action}`),
  importUsers: (file: File, mode: "preview" | "commit", invite: boolean) => {
    const form = new FormData();
    form.set("file", file);
    return api.upload<TUserImportReport>("/admin/users/import", form, { mode, invite });
  },
  departments: () => api.get<{ items: TDepartment[] }>("/admin/departments"),
  createDepartment: (body: TDepartmentInput) => api.post<{ id: string }>("/admin/departments", body),
  updateDepartment: (id: string, body: TDepartmentInput) =>
    api.put<{ id: string }>(`/admin/departments/${id}`, body),
  settings: () => api.get<TAuthSettings>("/admin/settings"),
  saveSettings: (body: TAuthSettingsUpdate) => api.put<TAuthSettings>("/admin/settings", body),
};
