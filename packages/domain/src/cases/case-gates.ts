import { type CaseCoiFacts, caseCoiGate } from "../coi/coi-gate";
import { addDays, compareDates, type IsoDate } from "../shared/dates";
import { type Bilingual, type Decision, type Reason, reason } from "../shared/decision";
import type { CasePolicy } from "./case-policy";
import type { CaseFacts, CasePartner, ExportReview, Nda, Participant, Screening } from "./case-schemas";

/** Gates the server enforces and the UI explains: NDA, screening, export control, COI, students. */

const STUDENT_SOURCE = "seed003§名古屋大学・三重大学";

function isEffective(from: IsoDate | null, until: IsoDate | null, today: IsoDate): boolean {
  return (
    from !== null && compareDates(from, today) <= 0 && (until === null || compareDates(today, until) <= 0)
  );
}

/** The NDA that covers `partnerId` today, if any (signed, not terminated, not expired). */
export function ndaCovering(ndas: Nda[], partnerId: string, today: IsoDate): Nda | undefined {
  return ndas.find(
    (n) => !n.terminated && n.partnerIds.includes(partnerId) && isEffective(n.signedOn, n.expiresOn, today),
  );
}

/** Partners not covered by a current NDA (seed 001 §IV.2-5: the NDA precedes negotiation). */
export function partnersWithoutNda(facts: CaseFacts, today: IsoDate): Reason[] {
  return facts.partners
    .filter((p) => ndaCovering(facts.ndas, p.partnerId, today) === undefined)
    .map((p) =>
      reason(
        "GATE-NDA",
        "seed001§IV.2-5",
        `${p.name}: 有効な秘密保持契約がない`,
        `${p.name}: no valid non-disclosure agreement`,
      ),
    );
}

/** A confirmed hit (issue 15, X5): which gate it falls under by the lists it was found on. */
function matchProblem(s: Screening, licensed: boolean): { ruleId: string; text: Bilingual } | null {
  const lists = s.matchedLists;
  if (lists.includes("sanctions")) {
    return {
      ruleId: "GATE-SCREEN-SANCTIONS",
      text: {
        ja: "制裁リスト（資産凍結等）に該当: 取引不可",
        en: "On a sanctions list (asset freeze etc.): the transaction is not permitted",
      },
    };
  }
  if (lists.length > 0 && lists.every((l) => l === "eul")) {
    // An End User List entry is not a prohibition: the transaction needs METI's licence (seed 001 §II.1).
    return licensed
      ? null
      : {
          ruleId: "GATE-SCREEN-EUL",
          text: {
            ja: "外国ユーザーリスト掲載: 取引審査で許可要とされ、経済産業大臣の許可（有効期限内）が必要",
            en: "On the End User List: the transaction review requires a valid licence from the Minister of Economy, Trade and Industry",
          },
        };
  }
  return { ruleId: "", text: { ja: "リスト該当", en: "Matches a screening list" } };
}

function screeningProblem(
  s: Screening,
  today: IsoDate,
  policy: CasePolicy,
  licensed: boolean,
): { ruleId: string; text: Bilingual } | null {
  if (s.status === "match") {
    return matchProblem(s, licensed);
  }
  if (s.status !== "clear") {
    return { ruleId: "", text: { ja: "リスト照合が未了", en: "Screening not finished" } };
  }
  if (s.screenedOn === null) {
    return { ruleId: "", text: { ja: "照合日が記録されていない", en: "No screening date recorded" } };
  }
  const validity = policy.screeningValidityDays;
  if (validity !== null && compareDates(addDays(s.screenedOn, validity), today) < 0) {
    return {
      ruleId: "",
      text: {
        ja: `照合（${s.screenedOn}）から ${validity} 日を超えている`,
        en: `More than ${validity} days since screening (${s.screenedOn})`,
      },
    };
  }
  return null;
}

/** Whether a listed party has taken the licence path (`licencedFor`); none by default. */
export type LicencePath = (subject: { kind: "partner" | "participant"; id: string }) => boolean;

/**
 * Every partner and participant screened `clear`, recently enough (seed 001 §IV.2-9, case 25). A
 * confirmed hit keeps its list: sanctions never pass; an End User List hit passes on the licence path.
 */
export function screeningGate(
  partners: CasePartner[],
  participants: Participant[],
  today: IsoDate,
  policy: CasePolicy,
  licensed: LicencePath = () => false,
): Reason[] {
  const out: Reason[] = [];
  for (const p of partners) {
    const problem = screeningProblem(
      p.screening,
      today,
      policy,
      licensed({ kind: "partner", id: p.partnerId }),
    );
    if (problem) {
      const id = problem.ruleId || "GATE-SCREEN-PARTNER";
      out.push(
        reason(
          id,
          "seed001§IV.2-9",
          `連携先 ${p.name}: ${problem.text.ja}`,
          `Partner ${p.name}: ${problem.text.en}`,
        ),
      );
    }
  }
  for (const p of participants) {
    const problem = screeningProblem(
      p.screening,
      today,
      policy,
      licensed({ kind: "participant", id: p.participantId }),
    );
    if (problem) {
      const id = problem.ruleId || "GATE-SCREEN-PARTICIPANT";
      out.push(
        reason(
          id,
          "seed001§IV.2-9",
          `参加者 ${p.name}: ${problem.text.ja}`,
          `Participant ${p.name}: ${problem.text.en}`,
        ),
      );
    }
  }
  return out;
}

/**
 * Whether the export-control review allows the contract (seed 001 §II.1, §IV.2-9): NO_LICENCE and
 * NO_LICENCE_EXEMPT do; LICENCE_REQUIRED only with a granted, unexpired licence; MANUAL_REVIEW and
 * PROHIBITED never. Returns the blocking reasons (empty = allowed).
 */
export function exportReviewGate(review: ExportReview | null, today: IsoDate): Reason[] {
  const src = "seed001§IV.2-9";
  if (review === null) {
    return [
      reason(
        "GATE-EXPORT-MISSING",
        src,
        "安全保障輸出管理の審査結果がない",
        "No security export control review result",
      ),
    ];
  }
  if (review.outcome === null) {
    return [
      reason(
        "GATE-EXPORT-PENDING",
        src,
        "取引審査が審査中で、まだ判定されていない",
        "The transaction review is still under way and not yet decided",
      ),
    ];
  }
  switch (review.outcome) {
    case "NO_LICENCE":
    case "NO_LICENCE_EXEMPT":
      return [];
    case "LICENCE_REQUIRED": {
      const l = review.licence;
      if (l?.status !== "granted") {
        return [
          reason(
            "GATE-EXPORT-LICENCE",
            "seed001§II.1",
            "経済産業大臣の許可が必要: 許可が未取得",
            "A licence from the Minister of Economy, Trade and Industry is required and has not been obtained",
          ),
        ];
      }
      if (l.expiresOn !== null && compareDates(l.expiresOn, today) < 0) {
        return [
          reason(
            "GATE-EXPORT-LICENCE",
            "seed001§II.1",
            `許可の有効期限切れ（${l.expiresOn}）`,
            `The licence expired (${l.expiresOn})`,
          ),
        ];
      }
      return [];
    }
    case "MANUAL_REVIEW":
      return [
        reason(
          "GATE-EXPORT-MANUAL",
          src,
          "輸出管理の個別審査が完了していない",
          "The individual export control review is not complete",
        ),
      ];
    case "PROHIBITED":
      return [
        reason(
          "GATE-EXPORT-PROHIBITED",
          "seed001§II.1",
          "輸出管理上、取引不可",
          "The transaction is not permitted under export control",
        ),
      ];
  }
}

/**
 * The COI gate (seed 001 §III.1 利益相反マネジメント; X2): the committee's outcome for every researcher on
 * the case, PI and members, and for the institution's own interests — never a flag the PI or the
 * coordinator sets (coi/coi-gate.ts explains each reason).
 */
export function coiGate(coi: CaseCoiFacts, today: IsoDate): Reason[] {
  return caseCoiGate(coi, today);
}

/**
 * A student may be on the case only with recorded informed consent and a signed pledge (seed 003,
 * 名古屋大学・三重大学: インフォームド・コンセント, then a 同意書 on confidentiality).
 */
export function studentGate(participants: Participant[]): Reason[] {
  const out: Reason[] = [];
  for (const p of participants.filter((x) => x.kind === "student")) {
    if (!p.student?.informedConsentOn) {
      out.push(
        reason(
          "GATE-STUDENT-CONSENT",
          STUDENT_SOURCE,
          `学生 ${p.name}: インフォームド・コンセントの記録がない`,
          `Student ${p.name}: no record of informed consent`,
        ),
      );
    }
    if (!p.student?.pledgeOn) {
      out.push(
        reason(
          "GATE-STUDENT-PLEDGE",
          STUDENT_SOURCE,
          `学生 ${p.name}: 秘密保持の同意書（誓約書）がない`,
          `Student ${p.name}: no signed confidentiality pledge`,
        ),
      );
    }
  }
  return out;
}

/** Whether `participant` may be added to the case now (the student gate, for the add-participant form). */
export function canAddParticipant(participant: Participant): Decision<"allowed" | "denied"> {
  const reasons = studentGate([participant]);
  return { outcome: reasons.length === 0 ? "allowed" : "denied", reasons, dataVersions: {} };
}

/**
 * Students may not see secrecy level 2+ (厳秘・機密) in principle (seed 003 学生の取扱); level 1 only with
 * recorded consent and pledge.
 */
export function canStudentAccess(participant: Participant, level: 1 | 2 | 3): Decision<"allowed" | "denied"> {
  if (level >= 2) {
    return {
      outcome: "denied",
      reasons: [
        reason(
          "GATE-STUDENT-LEVEL",
          STUDENT_SOURCE,
          "レベル2（厳秘）以上の情報への学生のアクセスは原則不可",
          "Students may not, in principle, access level 2 (strictly confidential) or higher information",
        ),
      ],
      dataVersions: {},
    };
  }
  return canAddParticipant(participant);
}
