import type { TClassificationInput, TReviewInput } from "@renkei/contract";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { caseKeys } from "../cases/queries";
import {
  type ClassificationFilters,
  exportControlApi,
  type ReviewFilters,
  type TDecisionRequest,
} from "./api";

export const ecKeys = {
  all: ["export-control"] as const,
  classifications: (f: ClassificationFilters) => ["export-control", "classifications", f] as const,
  classification: (id: string) => ["export-control", "classification", id] as const,
  reviews: (f: ReviewFilters) => ["export-control", "reviews", f] as const,
  review: (id: string) => ["export-control", "review", id] as const,
};

export function useClassifications(f: ClassificationFilters, enabled = true) {
  return useQuery({
    queryKey: ecKeys.classifications(f),
    queryFn: () => exportControlApi.classifications(f),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useClassification(id: string) {
  return useQuery({
    queryKey: ecKeys.classification(id),
    queryFn: () => exportControlApi.classification(id),
  });
}

export function useReviews(f: ReviewFilters) {
  return useQuery({
    queryKey: ecKeys.reviews(f),
    queryFn: () => exportControlApi.reviews(f),
    placeholderData: keepPreviousData,
  });
}

export function useReview(id: string) {
  return useQuery({ queryKey: ecKeys.review(id), queryFn: () => exportControlApi.review(id) });
}

/**
 * After a change, export-control data is read again, and so are collaboration cases: a 取引審査 filed
 * for a case changes the case's contract gate and history (seed 001 §IV.2-9).
 */
function useInvalidate() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: ecKeys.all }),
      qc.invalidateQueries({ queryKey: caseKeys.all }),
    ]);
}

export function useAssess() {
  return useMutation({ mutationFn: (facts: unknown) => exportControlApi.assess(facts) });
}

export function useSaveClassification(id?: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ input, version }: { input: TClassificationInput; version?: number }) =>
      id
        ? exportControlApi.updateClassification(id, version ?? 1, input)
        : exportControlApi.createClassification(input),
    onSuccess: invalidate,
  });
}

export function useClassificationStep(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      step,
      comment,
      reason,
    }: {
      step: "submit" | "approve" | "return";
      comment?: string;
      reason?: string;
    }) =>
      exportControlApi.classificationStep(id, step, {
        ...(comment ? { comment } : {}),
        ...(reason ? { reason } : {}),
      }),
    onSuccess: invalidate,
  });
}

export function useSaveReview(id?: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ input, version }: { input: TReviewInput; version?: number }) =>
      id ? exportControlApi.updateReview(id, version ?? 1, input) : exportControlApi.createReview(input),
    onSuccess: invalidate,
  });
}

export type ReviewStepInput =
  | { kind: "step"; step: "submit" | "department-approval" | "return" | "comments"; comment?: string }
  | { kind: "decide"; body: TDecisionRequest }
  | { kind: "rerun"; asOf: string };

export function useReviewStep(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ReviewStepInput) =>
      input.kind === "step"
        ? exportControlApi.reviewStep(id, input.step, input.comment)
        : input.kind === "decide"
          ? exportControlApi.decide(id, input.body)
          : exportControlApi.rerun(id, input.asOf),
    onSuccess: invalidate,
  });
}

export function useEvidence(owner: { classificationId: string } | { reviewId: string }) {
  const invalidate = useInvalidate();
  const upload = useMutation({
    mutationFn: ({ file, note }: { file: File; note: string }) =>
      exportControlApi.uploadEvidence(owner, file, note),
    onSuccess: invalidate,
  });
  const remove = useMutation({
    mutationFn: (id: string) => exportControlApi.removeEvidence(id),
    onSuccess: invalidate,
  });
  return { upload, remove };
}

export function useDeleteRecord(kind: "classification" | "review") {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) =>
      kind === "classification"
        ? exportControlApi.deleteClassification(id)
        : exportControlApi.deleteReview(id),
    onSuccess: invalidate,
  });
}
