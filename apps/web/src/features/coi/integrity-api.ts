import type {
  TCoiProfileView,
  TFundingView,
  TPlanListItem,
  TTrainingImportReport,
  ZFundingPrefill,
  ZFundingProgrammeOptions,
  ZFundingSummary,
  ZTrainingOverview,
} from "@renkei/contract";
import { useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "../../api/client";

/** Profile, funding applications, training and plan monitoring (issue 13 items 1, 3, 7, 10). */

type Ok = { ok: true };
export type TTrainingOverview = z.infer<typeof ZTrainingOverview>;

export const integrityApi = {
  profile: (userId: string) => api.get<TCoiProfileView>(`/coi/profiles/${userId}`),
  saveProfile: (userId: string, body: unknown) => api.put<TCoiProfileView>(`/coi/profiles/${userId}`, body),
  plans: () => api.get<{ items: TPlanListItem[] }>("/coi/plans"),
  monitor: (id: string, body: unknown) => api.post<Ok>(`/coi/plans/${id}/monitor`, body),
  fundingList: () => api.get<{ items: z.infer<typeof ZFundingSummary>[] }>("/coi/funding-applications"),
  fundingPrefill: () => api.get<z.infer<typeof ZFundingPrefill>>("/coi/funding-applications/prefill"),
  fundingProgrammes: () =>
    api.get<z.infer<typeof ZFundingProgrammeOptions>>("/coi/funding-applications/programmes"),
  funding: (id: string) => api.get<TFundingView>(`/coi/funding-applications/${id}`),
  createFunding: (body: unknown) => api.post<TFundingView>("/coi/funding-applications", body),
  saveFunding: (id: string, body: unknown) => api.put<TFundingView>(`/coi/funding-applications/${id}`, body),
  pledge: (id: string, version: number) =>
    api.post<TFundingView>(`/coi/funding-applications/${id}/pledge`, { version, pledge: true }),
  training: () => api.get<TTrainingOverview>("/coi/training"),
  addCourse: (body: unknown) => api.post<{ id: string }>("/coi/training/courses", body),
  setRequirements: (body: unknown) => api.put<Ok>("/coi/training/requirements", body),
  recordCompletion: (body: unknown) => api.post<{ id: string }>("/coi/training/completions", body),
  removeCompletion: (id: string) => api.del<Ok>(`/coi/training/completions/${id}`),
  importTraining: (file: File, mode: "preview" | "commit") => {
    const form = new FormData();
    form.append("file", file);
    return api.upload<TTrainingImportReport>("/coi/training/import", form, { mode });
  },
};

export const useCoiProfile = (userId: string | undefined) =>
  useQuery({
    queryKey: ["coi", "profile", userId],
    queryFn: () => integrityApi.profile(userId!),
    enabled: Boolean(userId),
  });
export const usePlans = () => useQuery({ queryKey: ["coi", "plans"], queryFn: integrityApi.plans });
export const useFundingList = () =>
  useQuery({ queryKey: ["coi", "funding"], queryFn: integrityApi.fundingList });
export const useFundingProgrammes = () =>
  useQuery({ queryKey: ["coi", "funding-programmes"], queryFn: integrityApi.fundingProgrammes });
export const useFunding = (id: string) =>
  useQuery({ queryKey: ["coi", "funding", id], queryFn: () => integrityApi.funding(id) });
export const useTraining = () => useQuery({ queryKey: ["coi", "training"], queryFn: integrityApi.training });
