import type { IsoDate } from "../shared/dates";
import { type Decision, type Reason, reason } from "../shared/decision";
import { reviewFor } from "./case-export-coverage";
import { exportReviewGate, ndaCovering } from "./case-gates";
import type { CasePolicy } from "./case-policy";
import { DEFAULT_CASE_POLICY } from "./case-policy";
import type { CaseFacts } from "./case-schemas";
import { isTerminalStage } from "./case-types";

export interface DisclosureRequest {
  /** An item of the scheme's disclosure plan. */
  itemId: string;
  /** The partner who would receive it. */
  partnerId: string;
}

/**
 * Whether the university may disclose a planned item to a partner today (seed 001 §IV.2-4/5):
 * public items always; `under_nda` items only under a current NDA with that partner; `after_contract`
 * items only once the contract is signed; a third party's secret only under an NDA and with that party's
 * consent. List-controlled items to a foreign partner also need an export review that allows it (§II.1).
 * Items not in the plan are never disclosed: the plan sorts them beforehand (あらかじめ分別しておく).
 */
export function canDisclose(
  facts: CaseFacts,
  request: DisclosureRequest,
  today: IsoDate,
  policy: CasePolicy = DEFAULT_CASE_POLICY,
): Decision<"allowed" | "denied"> {
  const reasons: Reason[] = [];
  const deny = (ruleId: string, sourceId: string, ja: string, en: string) =>
    reasons.push(reason(ruleId, sourceId, ja, en));
  const item = facts.scheme?.disclosurePlan.find((i) => i.itemId === request.itemId);
  const partner = facts.partners.find((p) => p.partnerId === request.partnerId);

  if (!item) {
    deny(
      "DISC-NOT-IN-PLAN",
      "seed001§IV.2-4",
      "開示計画にない情報は開示できない（事前に分別する）",
      "Information not in the disclosure plan cannot be disclosed (sort it beforehand)",
    );
  } else if (!partner) {
    deny("DISC-NOT-PARTNER", "seed001§IV.2-4", "この案件の連携先ではない", "Not a partner of this case");
  } else if (item.timing !== "public") {
    if (isTerminalStage(facts.stage)) {
      deny(
        "DISC-CASE-ENDED",
        "seed001§IV.2-4",
        "終了・不実施・取下げの案件では秘密情報を開示できない",
        "Confidential information cannot be disclosed on a closed, declined or withdrawn case",
      );
    }
    const nda = ndaCovering(facts.ndas, partner.partnerId, today);
    const signed = facts.contractSignedOn !== null && facts.contractSignedOn <= today;
    if (item.timing === "under_nda" && !nda) {
      deny(
        "DISC-NDA",
        "seed001§IV.2-5",
        `${partner.name}: 有効な秘密保持契約がない`,
        `${partner.name}: no valid non-disclosure agreement`,
      );
    }
    if (item.timing === "after_contract" && !signed) {
      deny(
        "DISC-AFTER-CONTRACT",
        "seed001§IV.2-4",
        "契約締結後に開示する情報: 契約が未締結",
        "To be disclosed after the contract, which is not yet signed",
      );
    }
    if (item.timing === "third_party_secret") {
      if (!nda) {
        deny(
          "DISC-NDA",
          "seed001§IV.2-5",
          `${partner.name}: 有効な秘密保持契約がない`,
          `${partner.name}: no valid non-disclosure agreement`,
        );
      }
      if (!item.thirdPartyConsent) {
        deny(
          "DISC-THIRD-PARTY",
          "seed001§IV.2-4",
          "第三者から受領した秘密情報: 当該第三者の同意がない",
          "A third party's confidential information: that party has not consented",
        );
      }
    }
    if (item.exportControlled && partner.country !== policy.institutionCountry) {
      reasons.push(
        // The review that covers this partner (issue 15), or the case's one review in older facts.
        ...exportReviewGate(
          facts.exportReviews
            ? (reviewFor(facts.exportReviews, { kind: "partner", id: partner.partnerId })?.review ?? null)
            : facts.exportReview,
          today,
        ).map((r) => ({ ...r, ruleId: `DISC-${r.ruleId}` })),
      );
    }
  }
  return { outcome: reasons.length === 0 ? "allowed" : "denied", reasons, dataVersions: {} };
}
