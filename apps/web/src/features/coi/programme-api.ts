import type { TProgrammeView, ZProgrammeReview, ZProgrammeSummary } from "@renkei/contract";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../api/client";

/** The flagged-programme register and its reviews (issue 13 item 9). */
export type TProgrammeSummary = z.infer<typeof ZProgrammeSummary>;

export const programmeApi = {
  list: () => api.get<{ items: TProgrammeSummary[] }>("/coi/programmes"),
  get: (id: string) => api.get<TProgrammeView>(`/coi/programmes/${id}`),
  create: (body: unknown) => api.post<{ id: string }>("/coi/programmes", body),
  save: (id: string, body: unknown) => api.put<{ id: string }>(`/coi/programmes/${id}`, body),
  link: (id: string, caseId: string) => api.post<TProgrammeView>(`/coi/programmes/${id}/cases`, { caseId }),
  unlink: (id: string, caseId: string) => api.del<TProgrammeView>(`/coi/programmes/${id}/cases/${caseId}`),
  review: (id: string, body: unknown) => api.post<TProgrammeView>(`/coi/programmes/${id}/reviews`, body),
  mitigation: (reviewId: string, body: unknown) =>
    api.put<z.infer<typeof ZProgrammeReview>>(`/coi/security-reviews/${reviewId}/mitigations`, body),
};

export const useProgrammes = () => useQuery({ queryKey: ["coi", "programmes"], queryFn: programmeApi.list });
export const useProgramme = (id: string) =>
  useQuery({ queryKey: ["coi", "programme", id], queryFn: () => programmeApi.get(id) });
