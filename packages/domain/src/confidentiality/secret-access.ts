import { type Reason, reason } from "../shared/decision";
import type { Role } from "../shared/roles";
import { type LevelRule, levelRule, type SecretScheme } from "./secret-scheme";
import type { SecretAction, SecretLevel, SecretStatus } from "./secret-types";
import { wallConflicts } from "./secret-walls";

/**
 * THE access decision for confidential information (issue 12 item 3; seed-coverage H6, X1, J3–J4).
 * Every read path (case page, document download, history PDF, search, list exports, API, hub view) asks
 * this one function, so a student never receives a 厳秘/機密 item by any route.
 */

/** A reason a person can read, in Japanese and English, with its citation (every engine reason's shape). */
export type SecretReason = Reason;

export type SecretOutcome = "allow" | "view_only" | "deny";

export interface SecretDecision {
  outcome: SecretOutcome;
  /** Downloads of classified files carry the level, the recipient and the time on every page (H5). */
  stamp: boolean;
  reasons: SecretReason[];
  dataVersions: Record<string, string>;
}

/** The person asking, with the facts about them that the rule reads (loaded by the server). */
export interface SecretSubject {
  userId: string;
  role: Role;
  /** The user sees the item's case under the case scope (`canSeeCase`); false for items without a case. */
  seesCase: boolean;
  /** The user's active entry on the item's access list, if any. */
  grant: { canDownload: boolean } | null;
  /** For students: employed by the institution on the item's case (RA / TA contract). */
  employed: boolean;
  /** For students: the supervisor's recorded permission on the item's case. */
  supervisorPermission: boolean;
  /** Partners whose classified secrets the user already holds (access list or responsibility). */
  heldPartnerIds: readonly string[];
  /** Partners for which the officer recorded that this user may cross the wall. */
  wallApprovedPartnerIds: readonly string[];
}

export interface SecretItemFacts {
  level: SecretLevel;
  status: SecretStatus;
  partnerId: string | null;
  responsibleUserId: string;
  /** Registry partners marked as competitors of the item's partner. */
  competitorPartnerIds: readonly string[];
}

const r = (ruleId: string, sourceId: string, text: string, textEn: string): SecretReason =>
  reason(ruleId, sourceId, text, textEn);

/** Roles that administer the register; they read every item (the officer) but still leave a stamp. */
const OFFICER_ROLES: readonly Role[] = ["confidentiality_officer"];

export function decideSecretAccess(
  subject: SecretSubject,
  item: SecretItemFacts,
  action: SecretAction,
  scheme: SecretScheme,
): SecretDecision {
  const rule = levelRule(scheme, item.level);
  const name = rule.name;
  const versions = { scheme: schemeVersion(scheme) };
  const deny = (...reasons: SecretReason[]): SecretDecision => ({
    outcome: "deny",
    stamp: false,
    reasons,
    dataVersions: versions,
  });

  if (item.status !== "active" && action !== "list") {
    return deny(
      r(
        "SEC-ENDED",
        "seed002§3-4",
        "返還・廃棄済みの秘密情報は閲覧できない",
        "The item was returned or destroyed and can no longer be read",
      ),
    );
  }
  const basis = reachBasis(subject, item, rule);
  if (!basis) {
    return deny(
      r(
        `SEC-REACH-${rule.reach.toUpperCase()}`,
        "seed003§秘密区分",
        `「${name.ja}」の情報を閲覧できるのは${REACH_TEXT[rule.reach].ja}のみ`,
        `"${name.en}" items are for ${REACH_TEXT[rule.reach].en} only`,
      ),
    );
  }
  if (subject.role === "student") {
    const refusal = studentRefusal(subject, rule);
    if (refusal) {
      return deny(refusal);
    }
  }
  const reasons: SecretReason[] = [basis];
  // The wall keeps secrets from reaching someone who holds a competitor's; the responsible person
  // already holds this item (and shows up in the walls report instead), and the officer keeps all.
  const walled = item.level > 0 && item.partnerId !== null && !OFFICER_ROLES.includes(subject.role);
  if (walled && item.responsibleUserId !== subject.userId && item.partnerId) {
    const crossed = wallConflicts(
      item.partnerId,
      subject.heldPartnerIds,
      item.competitorPartnerIds,
      subject.wallApprovedPartnerIds,
    );
    if (crossed.length > 0) {
      return deny(
        r(
          "SEC-WALL",
          "seed001case26",
          "競合する相手方の秘密情報を既に保有しているため閲覧できない（秘密情報管理責任者の承認が必要）",
          "You already hold secrets of a competing partner (the officer's approval is needed)",
        ),
      );
    }
  }
  if (action !== "download") {
    return { outcome: "allow", stamp: false, reasons, dataVersions: versions };
  }
  return downloadDecision(subject, rule, reasons, versions);
}

function downloadDecision(
  subject: SecretSubject,
  rule: LevelRule,
  reasons: SecretReason[],
  versions: Record<string, string>,
): SecretDecision {
  const stamp = rule.level > 0;
  if (rule.download === "view_only" && !subject.grant?.canDownload) {
    reasons.push(
      r(
        "SEC-VIEW-ONLY",
        "seed002§3-2",
        `「${rule.name.ja}」の情報は閲覧のみ（アクセスリストでダウンロードが許可された人を除く）`,
        `"${rule.name.en}" items are view-only unless the access list grants download`,
      ),
    );
    return { outcome: "view_only", stamp: false, reasons, dataVersions: versions };
  }
  if (stamp) {
    reasons.push(
      r(
        "SEC-STAMP",
        "seed002§3-2",
        "区分・受領者・日時を全ページに表示して交付する",
        "Given with level, recipient and time on every page",
      ),
    );
  }
  return { outcome: "allow", stamp, reasons, dataVersions: versions };
}

const REACH_TEXT = {
  institution: { ja: "機関の構成員", en: "members of the institution" },
  case: { ja: "案件の関係者とアクセスリストに載った人", en: "people on the case and the access list" },
  access_list: {
    ja: "アクセスリストに載った人と管理責任者",
    en: "the access list and the responsible person",
  },
} as const;

/** Why the subject may reach this level at all (null = they may not). */
function reachBasis(subject: SecretSubject, item: SecretItemFacts, rule: LevelRule): SecretReason | null {
  if (OFFICER_ROLES.includes(subject.role)) {
    return r(
      "SEC-OFFICER",
      "seed002§4-1",
      "秘密情報管理責任者として登録簿の全件を管理する",
      "The confidential-information officer keeps the whole register",
    );
  }
  if (item.responsibleUserId === subject.userId) {
    return r("SEC-RESPONSIBLE", "seed002§4-1", "この情報の管理責任者", "You are responsible for this item");
  }
  if (subject.grant) {
    return r("SEC-GRANT", "seed002§3-1", "アクセスリストに登録されている", "You are on the access list");
  }
  if (rule.reach === "case" && subject.seesCase) {
    return r("SEC-CASE", "seed003§秘密区分", "案件の関係者", "You are on the case");
  }
  if (rule.reach === "institution" && subject.role !== "admin") {
    return r("SEC-PUBLIC", "seed003§秘密区分", "公開区分の情報", "Public item");
  }
  return null;
}

/** The student rule (seed 003 名古屋大学: 学生は厳秘・機密に接しない; 秘は雇用契約または指導教員の許可). */
function studentRefusal(subject: SecretSubject, rule: LevelRule): SecretReason | null {
  if (rule.student === "never") {
    return r(
      "SEC-STUDENT-NEVER",
      "seed003§学生の取扱",
      `学生は「${rule.name.ja}」の情報に接することができない`,
      `Students may not receive "${rule.name.en}" items`,
    );
  }
  if (rule.student === "contract_or_permission" && !subject.employed && !subject.supervisorPermission) {
    return r(
      "SEC-STUDENT-PERMISSION",
      "seed003§学生の取扱",
      `学生が「${rule.name.ja}」の情報に接するには雇用契約または指導教員の許可の記録が必要`,
      `A student needs an employment contract or the supervisor's recorded permission for "${rule.name.en}" items`,
    );
  }
  return null;
}

/**
 * Fingerprints already computed, per scheme object. A case page asks the decision hundreds of times with
 * one scheme; hashing its JSON each time cost ~30 µs a decision (bench:secrets). Schemes are parsed
 * values never mutated after loading, so the cache cannot return a stale fingerprint.
 */
const fingerprints = new WeakMap<SecretScheme, string>();

/** A short fingerprint of the scheme, so a logged decision can be reproduced with the rules in force. */
export function schemeVersion(scheme: SecretScheme): string {
  const known = fingerprints.get(scheme);
  if (known) {
    return known;
  }
  const v = hashScheme(scheme);
  fingerprints.set(scheme, v);
  return v;
}

function hashScheme(scheme: SecretScheme): string {
  const s = JSON.stringify(scheme);
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  }
  return (h >>> 0).toString(16);
}
