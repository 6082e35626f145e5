import type { TLicence, ZLicenceInput, ZLicenceTransition } from "@renkei/contract";
import type { LicenceApplicationStatus } from "@renkei/domain";
import { api } from "../../api/client";
import type { InputOf } from "../../api/endpoints";

export type TLicenceInput = InputOf<typeof ZLicenceInput>;
export type TLicenceTransition = InputOf<typeof ZLicenceTransition>;

export const licencesApi = {
  list: (status?: LicenceApplicationStatus) => api.get<{ items: TLicence[] }>("/licences", { status }),
  get: (id: string) => api.get<TLicence>(`/licences/${id}`),
  create: (input: TLicenceInput) => api.post<TLicence>("/licences", input),
  update: (id: string, version: number, licence: TLicenceInput) =>
    api.put<TLicence>(`/licences/${id}`, { version, licence }),
  transition: (id: string, body: TLicenceTransition) => api.post<TLicence>(`/licences/${id}/status`, body),
};
