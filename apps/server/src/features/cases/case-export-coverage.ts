import type { TCaseDetail } from "@renkei/contract";
import {
  type CaseFacts,
  type CasePolicy,
  caseExportScope,
  requiredReviewSubjects,
  reviewFor,
  scopeChanges,
} from "@renkei/domain";
import type { CaseBundle } from "./case-facts";

/**
 * The case page's view of its 取引審査 (issue 15, C9): every review with the party it covers and why a
 * decided one is stale, and each party that needs a review with the one that covers it.
 */
export function exportReviewsView(
  bundle: CaseBundle,
  facts: CaseFacts,
  policy: CasePolicy,
): Pick<TCaseDetail, "exportReviews" | "exportCoverage"> {
  const now = caseExportScope(facts);
  const nameOf = (s: { kind: "partner" | "participant"; id: string }) =>
    s.kind === "partner"
      ? (facts.partners.find((p) => p.partnerId === s.id)?.name ?? "")
      : (facts.participants.find((p) => p.participantId === s.id)?.name ?? "");
  const reviews = facts.exportReviews ?? [];
  return {
    exportReviews: bundle.exportReviews.map((r) => {
      const f = reviews.find((x) => x.reviewId === r.reviewId);
      return {
        reviewId: r.reviewId,
        refNo: r.refNo,
        title: r.title,
        status: r.status,
        decision: r.decision,
        outcome: f?.review.outcome ?? null,
        subject: r.subject ? { ...r.subject, name: nameOf(r.subject) } : null,
        staleReasons: f?.decidedScope && f.review.outcome !== null ? scopeChanges(f.decidedScope, now) : [],
      };
    }),
    exportCoverage: requiredReviewSubjects(facts, policy).map((s) => ({
      kind: s.kind,
      id: s.id,
      label: s.label,
      why: s.why,
      reviewId: reviewFor(reviews, s)?.reviewId ?? null,
    })),
  };
}
