import type { I18n } from "../../lib/i18n";

/**
 * English for the workflow's refusal reasons (the domain words them in Japanese, the primary language,
 * sometimes with dates in them; the Japanese UI shows the server's text as is).
 */
const REASONS_EN: Record<string, string> = {
  "EC-REVIEW-STAGE": "This step is not available at the review's current stage.",
  "EC-REVIEW-ROLE": "Your role cannot take this step on this review.",
  "EC-REVIEW-COMMENT": "Write a comment (the reason for returning).",
  "EC-REVIEW-SELF-CHECK": "Confirm that the self-check is accurate before submitting.",
  "EC-DECISION-REQUIRED": "Choose a decision.",
  "EC-DECISION-PROHIBITED": "Prohibited by sanctions: only “rejected” is possible.",
  "EC-DECISION-LICENCE":
    "The engine found that a licence is required: to clear it, return the review so the facts can be corrected.",
  "EC-DECISION-NOTE": "A decision on a manual-review result needs a written reason.",
  "EC-CL-ITEM": "Listed (該当) needs a list item 1–15; not listed / out of scope cannot carry one.",
  "EC-CL-INCONSISTENT": "A clause is marked listed, so the overall result must be listed.",
  "EC-CL-PARAMETERS": "Compare at least one list clause with the specification.",
  "EC-CL-BASIS": "Write the basis of the determination.",
  "EC-CL-LOCKED": "A record under review or approved cannot be changed (create a new record).",
  "EC-CL-STAGE": "This step is not available at the record's current status.",
  "EC-CL-FOUR-EYES": "You cannot approve or return a record you prepared yourself.",
  "EC-CL-COMMENT": "Write the reason for returning.",
  "EC-CERT-RESULT": "A non-applicability certificate is only for records found not listed.",
  "EC-CERT-APPROVAL": "Available after the export-control office approved the record.",
  "EC-RETENTION": "Still within its retention period: it cannot be deleted yet.",
  "EC-RETENTION-IN-USE": "A transaction review still within its retention period uses this record.",
};

export function reasonText(i18n: I18n, reason: { ruleId: string; text: string }): string {
  return i18n.locale === "en" ? (REASONS_EN[reason.ruleId] ?? reason.text) : reason.text;
}
