import type {
  TAssessResponse,
  TClassificationDetail,
  TClassificationInput,
  TClassificationSummary,
  TReviewDetail,
  TReviewInput,
  TReviewSummary,
  ZReviewDecisionRequest,
} from "@renkei/contract";
import { api, apiUrl } from "../../api/client";
import type { InputOf } from "../../api/endpoints";

type Created = { id: string };
type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
export type TDecisionRequest = InputOf<typeof ZReviewDecisionRequest>;

export interface ClassificationFilters {
  q?: string;
  determination?: string;
  reviewStatus?: string;
  itemKind?: string;
  page?: number;
  pageSize?: number;
}

export interface ReviewFilters {
  q?: string;
  status?: string;
  todo?: boolean;
  page?: number;
  pageSize?: number;
}

const CL = "/export-control/classifications";
const RV = "/export-control/reviews";

export const exportControlApi = {
  assess: (facts: unknown) => api.post<TAssessResponse>("/export-control/assess", facts),

  classifications: (f: ClassificationFilters) => api.get<Page<TClassificationSummary>>(CL, { ...f }),
  classification: (id: string) => api.get<TClassificationDetail>(`${CL}/${id}`),
  createClassification: (input: TClassificationInput) => api.post<Created>(CL, input),
  updateClassification: (id: string, version: number, classification: TClassificationInput) =>
    api.put<Created>(`${CL}/${id}`, { version, classification }),
  classificationStep: (
    id: string,
    step: "submit" | "approve" | "return",
    body: { comment?: string; reason?: string } = {},
  ) => api.post<Created>(`${CL}/${id}/${step}`, body),
  deleteClassification: (id: string) => api.del<Created>(`${CL}/${id}`),
  classificationDocUrl: (id: string, format: "pdf" | "xlsx") => apiUrl(`${CL}/${id}/document`, { format }),
  certificateUrl: (id: string) => apiUrl(`${CL}/${id}/certificate`),

  uploadEvidence: (owner: { classificationId: string } | { reviewId: string }, file: File, note: string) => {
    const form = new FormData();
    form.set("file", file);
    form.set("note", note);
    const path =
      "classificationId" in owner
        ? `${CL}/${owner.classificationId}/evidence`
        : `${RV}/${owner.reviewId}/evidence`;
    return api.upload<Created>(path, form);
  },
  evidenceUrl: (id: string) => apiUrl(`/export-control/evidence/${id}`),
  removeEvidence: (id: string) => api.del<Created>(`/export-control/evidence/${id}`),

  reviews: (f: ReviewFilters) =>
    api.get<Page<TReviewSummary>>(RV, { ...f, todo: f.todo ? "true" : undefined }),
  review: (id: string) => api.get<TReviewDetail>(`${RV}/${id}`),
  createReview: (input: TReviewInput) => api.post<Created>(RV, input),
  updateReview: (id: string, version: number, review: TReviewInput) =>
    api.put<Created>(`${RV}/${id}`, { version, review }),
  reviewStep: (
    id: string,
    step: "submit" | "department-approval" | "return" | "comments",
    comment?: string,
  ) => api.post<Created>(`${RV}/${id}/${step}`, comment ? { comment } : {}),
  decide: (id: string, body: TDecisionRequest) => api.post<Created>(`${RV}/${id}/decision`, body),
  rerun: (id: string, asOf: string) => api.post<Created>(`${RV}/${id}/assessments`, { asOf }),
  deleteReview: (id: string) => api.del<Created>(`${RV}/${id}`),
  reviewDocUrl: (id: string, format: "pdf" | "xlsx") => apiUrl(`${RV}/${id}/document`, { format }),
};
