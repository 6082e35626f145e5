import { type Reason, reason } from "../shared/decision";
import { DomainError } from "../shared/errors";

/**
 * Every rule the COI module can cite, with its source and a sentence a person can read in Japanese and
 * English. Sources: seed 003 (TMDU two-stage declaration, committee, institutional COI), seed 000
 * (審議経過: periodic declaration), seed 001 §III.1 (利益相反マネジメント before contract), and
 * `spec/research-security.md` J1–J4, J7–J9 (研究インテグリティ, 競争的研究費指針, 研究セキュリティ).
 */
interface CoiRule {
  sourceId: string;
  ja: string;
  en: string;
}

const r = (sourceId: string, ja: string, en: string): CoiRule => ({ sourceId, ja, en });

export const COI_RULES = {
  // Declaration workflow (seed 003 TMDU: web self-check, then the full declaration; seed 000 審議経過).
  "COI-DECL-ATTEST": r(
    "seed003§TMDU",
    "申告者本人の誓約（内容が真実であること）がない",
    "The declarant has not attested the declaration",
  ),
  "COI-DECL-SELFCHECK": r(
    "seed003§TMDU",
    "自己チェック（第1段階）が完了していない",
    "The self-check (stage 1) is incomplete",
  ),
  "COI-DECL-FULL-NEEDED": r(
    "seed003§TMDU",
    "自己チェックで「はい」の項目があるため、詳細申告（第2段階）が必要",
    "A self-check answer needs the full declaration (stage 2)",
  ),
  "COI-DECL-FULL-UNEXPECTED": r(
    "seed003§TMDU",
    "自己チェックがすべて「いいえ」なのに利益が申告されている",
    "Interests declared although every self-check answer is no",
  ),
  "COI-DECL-PROFILE-MISMATCH": r(
    "J1",
    "研究者プロフィールの記載と自己チェックの回答が一致しない",
    "The self-check contradicts the researcher's profile",
  ),
  "COI-DECL-TRANSITION": r(
    "seed003§TMDU",
    "この状態からその操作はできない",
    "That step is not possible from this state",
  ),
  "COI-DECL-ROLE": r(
    "seed003§TMDU",
    "この操作を行う権限がない（申告者本人または委員会のみ）",
    "Only the declarant or the committee may take this step",
  ),
  "COI-DECL-COMMENT": r(
    "seed003§TMDU",
    "差戻しには申告者への理由（コメント）が必要",
    "A return needs a comment to the declarant",
  ),
  "COI-DECL-VALIDITY": r(
    "seed000§審議経過",
    "承認には有効期限（申告周期の終わり）が必要",
    "Approval needs an end of validity (the end of the cycle)",
  ),
  "COI-DECL-UNDETERMINED": r(
    "seed003§TMDU",
    "委員会の判定がない利益×案件の組合せがある",
    "An interest × case pair has no committee determination",
  ),
  "COI-DET-PLAN": r(
    "seed003§TMDU",
    "「マネジメントにより許容」には条件とモニタリング日を定めた管理計画が必要",
    "'Manageable' needs a management plan with conditions and a monitoring date",
  ),
  // Triggers (seed 000 periodic; J3 reporting triggers).
  "COI-TRIG-CYCLE": r(
    "seed000§審議経過",
    "定期申告の周期が始まった",
    "The periodic declaration cycle has opened",
  ),
  "COI-TRIG-CASE": r(
    "seed001§III.1",
    "案件への参加（研究責任者・メンバー）には利益相反申告が必要",
    "Joining a case as PI or member needs a COI declaration",
  ),
  "COI-TRIG-FUNDING": r(
    "J2",
    "競争的研究費の申請には最新の申告が必要",
    "A funding application needs a current declaration",
  ),
  "COI-TRIG-ACTIVITY": r(
    "J1",
    "承認後に新しい学外活動・利益が記録された",
    "A new outside activity or interest was recorded after approval",
  ),
  "COI-TRIG-NONE": r(
    "seed000§審議経過",
    "有効な承認済み申告があり、新たな申告は不要",
    "A current approved declaration exists; no new declaration is needed",
  ),
  // Case gate (seed 001 §III.1; X2).
  "GATE-COI-MISSING": r("seed001§III.1", "利益相反申告がない", "No COI declaration"),
  "GATE-COI-REQUESTED": r(
    "J3",
    "案件への参加・研究費の申請・新しい学外活動により利益相反申告を依頼中（申告と委員会の判定待ち）",
    "A COI declaration was requested (joining a case, a funding application or a new outside activity) and awaits the declaration and the committee",
  ),
  "GATE-COI-PENDING": r(
    "seed003§TMDU",
    "利益相反申告が委員会の審査待ち",
    "The COI declaration awaits the committee",
  ),
  "GATE-COI-RETURNED": r(
    "seed003§TMDU",
    "利益相反申告が差し戻され、修正待ち",
    "The COI declaration was returned for revision",
  ),
  "GATE-COI-EXPIRED": r("seed000§審議経過", "利益相反申告の有効期限切れ", "The COI declaration has expired"),
  "GATE-COI-NEW-INTEREST": r(
    "J1",
    "承認後に新しい利益が申告・記録され、委員会の審査待ち",
    "A new interest since approval awaits the committee",
  ),
  "GATE-COI-UNDETERMINED": r(
    "seed003§TMDU",
    "この案件に関係する利益について委員会の判定がない",
    "No committee determination for an interest related to this case",
  ),
  "GATE-COI-NOT-PERMITTED": r(
    "seed003§TMDU",
    "委員会が「許容できない」と判定した利益がある",
    "The committee found an interest not permitted",
  ),
  "GATE-COI-PLAN": r(
    "seed003§TMDU",
    "「マネジメントにより許容」の管理計画が有効でない",
    "The management plan for a manageable interest is not in force",
  ),
  "GATE-COI-INSTITUTIONAL": r(
    "seed003§TMDU組織",
    "連携先が組織としての利益相反の登録に該当し、委員会の判定がない",
    "The partner touches the institutional COI register and the committee has not decided",
  ),
  "GATE-COI-INSTITUTIONAL-DENIED": r(
    "seed003§TMDU組織",
    "組織としての利益相反について委員会が「許容できない」と判定した",
    "The committee found the institutional conflict not permitted",
  ),
  // Conflict of commitment (J1 責務相反).
  "COC-OVER-THRESHOLD": r(
    "J1",
    "学外の兼業・クロスアポイントメントのエフォートが機関の上限を超える",
    "Outside effort exceeds the institution's threshold",
  ),
  "COC-OVER-100": r("J1", "エフォートの合計が100%を超える", "Total effort exceeds 100 %"),
  // 特定類型② (J4).
  "COI-TK2-FROM-PROFILE": r(
    "J4",
    "特定類型②の外国政府等からの収入割合をプロフィールの収入記録から算出",
    "特定類型 ② income share computed from the profile's income records",
  ),
  "COI-TK2-NO-PROFILE": r(
    "J4",
    "研究者のプロフィールがないため、申告された事実で判定",
    "The researcher has no profile; the declared facts are used",
  ),
  "COI-TK2-NO-INCOME": r(
    "J4",
    "年間収入総額がプロフィールにないため、割合を算出できない",
    "No total annual income in the profile; the share cannot be computed",
  ),
  // Research security (J7, J8).
  "RS-EUL": r("J7", "外国ユーザーリスト掲載先との関係がある", "Links to an End User List entity"),
  "RS-FOREIGN-GOV": r(
    "J7",
    "外国政府等からの資金・奨学金を受けている（プロフィール）",
    "Foreign-government funding or scholarship (profile)",
  ),
  "RS-TALENT": r("J2", "外国の人材登用プログラムに参加している", "Takes part in a foreign talent programme"),
  "RS-MISCONDUCT": r("J7", "研究不正の認定歴がある", "A past research-misconduct finding"),
  "RS-BACKGROUND": r(
    "J7",
    "学歴・職歴にリスト掲載機関または軍事関連機関がある",
    "Academic background at a listed or defence-linked institution",
  ),
  "RS-NO-FACTORS": r("J7", "リスク要因は見つからなかった", "No risk factor found"),
  "RS-NOT-FLAGGED": r(
    "J7",
    "特定研究開発プログラムではないため研究セキュリティ審査の対象外",
    "Not a flagged programme; no research-security review needed",
  ),
  "RS-NATIONALITY": r(
    "J7",
    "国籍・人種・宗教はリスク評価の入力に用いていない",
    "Nationality, race and religion are not inputs to the risk tier",
  ),
  // Institutional COI (seed 003 TMDU 組織).
  "ICOI-MATCH": r(
    "seed003§TMDU組織",
    "連携先が組織としての利益相反の登録に該当する",
    "The partner matches the institutional COI register",
  ),
  // Funding applications (J2).
  "FUND-MISSING": r(
    "J2",
    "プロフィールにある支援・所属が申請に記載されていない",
    "Support or an affiliation in the profile is missing from the application",
  ),
  "FUND-EXTRA": r(
    "J2",
    "申請に記載した支援・所属がプロフィールにない",
    "The application lists support or an affiliation not in the profile",
  ),
  "FUND-PLEDGE": r(
    "J2",
    "申請者の誓約（すべて機関に報告済み）がない",
    "The applicant's pledge (everything reported to the institution) is missing",
  ),
  // Training (M1–M5, C1, C2).
  "TRAIN-MISSING": r("seed-coverage§M", "必要な研修の受講記録がない", "No completion of a required course"),
  "TRAIN-EXPIRED": r(
    "seed-coverage§M",
    "必要な研修の受講が有効期限切れ",
    "The completion of a required course has expired",
  ),
} as const satisfies Record<string, CoiRule>;

export type CoiRuleId = keyof typeof COI_RULES;

/** A reason from the catalogue; `detail` names the facts (people, entities, dates) that made it fire. */
export function coiReason(ruleId: CoiRuleId, detail?: string): Reason {
  const rule = COI_RULES[ruleId];
  return reason(ruleId, rule.sourceId, {
    ja: detail ? `${rule.ja}（${detail}）` : rule.ja,
    en: detail ? `${rule.en} (${detail})` : rule.en,
  });
}

/** The English sentence for a reason the COI module emitted. */
export function coiReasonEn(r: Reason): string {
  return r.text.en;
}

/** A refusal carrying every reason, in both languages (the UI lists them; RULE_VIOLATION → 422). */
export function coiRefusal(reasons: Reason[]): DomainError {
  return new DomainError("RULE_VIOLATION", reasons.map((r) => r.text.ja).join(" / "), {
    reasons: reasons.map((r) => ({ ...r, en: coiReasonEn(r) })),
  });
}
