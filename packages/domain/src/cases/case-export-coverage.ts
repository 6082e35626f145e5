import type { IsoDate } from "../shared/dates";
import { type Bilingual, type Reason, reason } from "../shared/decision";
import { exportReviewGate } from "./case-gates";
import type { CasePolicy } from "./case-policy";
import type { CaseFacts, ExportScope, Participant, SubjectReview } from "./case-schemas";

/**
 * Export control reaches every party of a case (issue 15, seed 001 §IV.2-9 and §II.1; seed-coverage
 * C9): a decided 取引審査 is needed for each foreign partner and for each participant who will receive
 * controlled technology and is a non-resident or falls under 特定類型. A decision is made on a scope;
 * when partners, participants, disclosure items or their 該非判定 change, it is stale until the officer
 * decides again or reconfirms it on the new scope.
 */

const SRC = "seed001§IV.2-9";

export interface ReviewSubject {
  kind: "partner" | "participant";
  id: string;
  /** 「連携先 Acme GmbH」「参加者 Ivan Petrov」: how reasons name the party. */
  label: Bilingual;
  why: Bilingual;
}

/**
 * Whether a participant needs their own review: they receive controlled technology and are a
 * non-resident (外為法 居住性), fall under 特定類型 (役務通達 1(3)(サ)), or are a person from outside the
 * institution whose residency no intake has determined yet (unknown is not "resident"). Whoever is on
 * a case whose plan discloses controlled items receives them (みなし輸出): the flag on the participant
 * can add a person, never take one out.
 */
function participantNeed(p: Participant, caseControlled: boolean): Bilingual | null {
  if (!p.receivesControlledTech && !caseControlled) {
    return null;
  }
  if (p.intake?.residency === "NON_RESIDENT") {
    return { ja: "非居住者", en: "non-resident" };
  }
  if (p.intake?.tokutei) {
    return { ja: "特定類型該当", en: "specified category" };
  }
  if ((p.intake === null || p.intake === undefined || p.intake.residency === null) && p.external) {
    return { ja: "居住性が未確認", en: "residency not yet determined" };
  }
  return null;
}

/** The parties that each need a decided review, in case order (partners first). */
export function requiredReviewSubjects(facts: CaseFacts, policy: CasePolicy): ReviewSubject[] {
  const out: ReviewSubject[] = [];
  for (const p of facts.partners) {
    if (p.country !== policy.institutionCountry) {
      out.push({
        kind: "partner",
        id: p.partnerId,
        label: { ja: `連携先 ${p.name}`, en: `Partner ${p.name}` },
        why: { ja: "外国の連携先", en: "foreign partner" },
      });
    }
  }
  const caseControlled = (facts.scheme?.disclosurePlan ?? []).some(
    (i) => i.exportControlled && i.timing !== "public",
  );
  for (const p of facts.participants) {
    const why = participantNeed(p, caseControlled);
    if (why) {
      out.push({
        kind: "participant",
        id: p.participantId,
        label: { ja: `参加者 ${p.name}`, en: `Participant ${p.name}` },
        why,
      });
    }
  }
  return out;
}

/** The case's scope as a decision is taken on it (sorted, so equal scopes compare equal). */
export function caseExportScope(facts: CaseFacts): ExportScope {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  return {
    partners: byId(facts.partners.map((p) => ({ id: p.partnerId, name: p.name, country: p.country }))),
    participants: byId(
      facts.participants.map((p) => ({
        id: p.participantId,
        name: p.name,
        residency: p.intake?.residency ?? null,
        tokutei: p.intake?.tokutei ?? false,
        receivesControlledTech: p.receivesControlledTech ?? false,
      })),
    ),
    disclosureItems: (facts.scheme?.disclosurePlan ?? [])
      .map((i) => ({
        itemId: i.itemId,
        description: i.description,
        exportControlled: i.exportControlled,
        classificationId: i.classificationId ?? null,
      }))
      .sort((a, b) => a.itemId.localeCompare(b.itemId)),
    classifications: [...(facts.classifications ?? [])].sort((a, b) =>
      a.classificationId.localeCompare(b.classificationId),
    ),
  };
}

function setChanges<T>(
  before: T[],
  after: T[],
  key: (x: T) => string,
  name: (x: T) => string,
  what: Bilingual,
): Bilingual[] {
  const b = new Map(before.map((x) => [key(x), x]));
  const a = new Map(after.map((x) => [key(x), x]));
  const out: Bilingual[] = [];
  const said = (ja: string, en: string, x: T) => ({
    ja: `${what.ja} ${name(x)} が${ja}`,
    en: `${what.en} ${name(x)} ${en}`,
  });
  for (const [k, x] of a) {
    const old = b.get(k);
    if (!old) {
      out.push(said("追加された", "was added", x));
    } else if (JSON.stringify(old) !== JSON.stringify(x)) {
      out.push(said("変更された", "was changed", x));
    }
  }
  for (const [k, x] of b) {
    if (!a.has(k)) {
      out.push(said("外された", "was removed", x));
    }
  }
  return out;
}

/** What changed between the scope a review was decided on and the case now, in words (empty: nothing). */
export function scopeChanges(decided: ExportScope, now: ExportScope): Bilingual[] {
  return [
    ...setChanges(
      decided.partners,
      now.partners,
      (p) => p.id,
      (p) => p.name,
      { ja: "連携先", en: "partner" },
    ),
    ...setChanges(
      decided.participants,
      now.participants,
      (p) => p.id,
      (p) => p.name,
      { ja: "参加者", en: "participant" },
    ),
    ...setChanges(
      decided.disclosureItems,
      now.disclosureItems,
      (i) => i.itemId,
      (i) => `「${i.description ?? ""}」`,
      { ja: "開示情報", en: "disclosure item" },
    ),
    ...setChanges(
      decided.classifications,
      now.classifications,
      (c) => c.classificationId,
      (c) => c.label ?? "",
      { ja: "該非判定", en: "classification" },
    ),
  ];
}

/** Reasons a decided review is stale (GATE-EXPORT-STALE), or none. */
function staleness(r: SubjectReview, now: ExportScope, label: Bilingual): Reason[] {
  if (r.review.outcome === null || r.decidedScope === null) {
    return [];
  }
  const changes = scopeChanges(r.decidedScope, now);
  if (changes.length === 0) {
    return [];
  }
  return [
    reason("GATE-EXPORT-STALE", SRC, {
      ja: `${label.ja}: 取引審査 ${r.refNo} の判定後に案件が変わった（${changes.map((c) => c.ja).join("、")}）。再審査または再確認が必要`,
      en: `${label.en}: the case changed after transaction review ${r.refNo} was decided (${changes.map((c) => c.en).join("; ")}); review again or reconfirm`,
    }),
  ];
}

/** The newest review covering the subject (reviews are newest first). */
export function reviewFor(
  reviews: SubjectReview[],
  subject: Pick<ReviewSubject, "kind" | "id">,
): SubjectReview | undefined {
  return reviews.find((r) => r.subject?.kind === subject.kind && r.subject.id === subject.id);
}

/**
 * The export-control part of the contract gate. With reviews kept per party: one decided, current
 * review per required party (each read by `exportReviewGate`); a case with no such party still needs
 * its newest review. Without them (older facts): the case's one review.
 */
export function exportReviewsGate(facts: CaseFacts, today: IsoDate, policy: CasePolicy): Reason[] {
  const reviews = facts.exportReviews;
  if (reviews === undefined) {
    return exportReviewGate(facts.exportReview, today);
  }
  const now = caseExportScope(facts);
  const required = requiredReviewSubjects(facts, policy);
  if (required.length === 0) {
    const newest = reviews[0];
    return newest
      ? [...exportReviewGate(newest.review, today), ...staleness(newest, now, { ja: "案件", en: "Case" })]
      : exportReviewGate(null, today);
  }
  const out: Reason[] = [];
  for (const s of required) {
    const r = reviewFor(reviews, s);
    if (!r) {
      out.push(
        reason("GATE-EXPORT-MISSING", SRC, {
          ja: `${s.label.ja}（${s.why.ja}）: 取引審査がない`,
          en: `${s.label.en} (${s.why.en}): no transaction review`,
        }),
      );
      continue;
    }
    out.push(
      ...exportReviewGate(r.review, today).map((x) => ({
        ...x,
        text: { ja: `${s.label.ja}: ${x.text.ja}`, en: `${s.label.en}: ${x.text.en}` },
      })),
      ...staleness(r, now, s.label),
    );
  }
  return out;
}

/**
 * The licence path for a party on the End User List (issue 15, X5): its review requires a licence and
 * the licence is granted and unexpired. Sanctions never take this path.
 */
export function licencedFor(facts: CaseFacts, subject: Pick<ReviewSubject, "kind" | "id">, today: IsoDate) {
  const r = reviewFor(facts.exportReviews ?? [], subject);
  return r?.review.outcome === "LICENCE_REQUIRED" && exportReviewGate(r.review, today).length === 0;
}
