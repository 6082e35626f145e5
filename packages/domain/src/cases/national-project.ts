import { type Decision, type Reason, reason } from "../shared/decision";
import type { NationalProjectType, ParticipationForm } from "./case-types";
import type { NationalProject } from "./stage-schemas";

/**
 * Participation forms that fit each project type (seed 004 §2(2)): ①–④ for inbound and outbound, ⑤ for
 * bring-back (持帰型).
 */
export const FORMS_BY_PROJECT_TYPE: Record<NationalProjectType, readonly ParticipationForm[]> = {
  inbound: ["commissioned", "researcher_invitation", "cofund", "licence"],
  outbound: ["commissioned", "researcher_invitation", "cofund", "licence"],
  bring_back: ["paid_use"],
};

/** The state's minimum share of results of a foreign participant's commissioned work (seed 004 §4(1)①). */
export const MIN_STATE_SHARE_PERCENT = 50;

export type NationalProjectOutcome = "compliant" | "non_compliant";

export interface NationalProjectEvaluation extends Decision<NationalProjectOutcome> {
  /** Rules checked and satisfied, so the UI can show the whole checklist. */
  satisfied: Reason[];
  /** Points that do not block: seed 004 §2(2) lists the forms only as typical (一般的に) (X10). */
  warnings: Reason[];
}

/** Seed 004 §2(2): the typical forms per project type, a warning when the chosen form is not one (X10). */
export function formWarning(np: NationalProject): Reason | null {
  return FORMS_BY_PROJECT_TYPE[np.projectType].includes(np.participationForm)
    ? null
    : reason(
        "NP-FORM",
        "seed004§2(2)",
        "参加形態がプロジェクト類型の一般的な形態（①〜④は inbound/outbound、⑤は持帰型）と異なる: 理由を確認",
        "The form of participation differs from the usual form for the project type (1–4 inbound/outbound, 5 bring-back): check why",
      );
}

interface Check {
  ok: boolean;
  reason: Reason;
}

function criteriaChecks(np: NationalProject): Check[] {
  const c = np.criteria;
  // §3: "以下の留意点をすべて満たす必要がある" — each criterion must hold; none can offset another.
  return [
    {
      ok: c.superiorCapability,
      reason: reason(
        "NP-CRIT-1-1",
        "seed004§3(1)①",
        "国内企業等にない優れた技術・影響力・研究環境を有すること",
        "Has technology, influence or research environment not available from Japanese entities",
      ),
    },
    {
      ok: c.economicContributionExplained,
      reason: reason(
        "NP-CRIT-1-2",
        "seed004§3(1)②",
        "日本の経済活性化への貢献が具体的かつ合理的に説明されていること",
        "Its contribution to Japan's economy is explained concretely and reasonably",
      ),
    },
    {
      ok: c.alignsWithProjectPurpose,
      reason: reason(
        "NP-CRIT-1-3",
        "seed004§3(1)③",
        "プロジェクトの事業目的の趣旨に合致していること",
        "Fits the purpose of the project",
      ),
    },
    {
      ok: c.technologyManagementInPlace,
      reason: reason(
        "NP-CRIT-2",
        "seed004§3(2)",
        "技術管理・知的財産管理の体制整備に十分な配慮があること",
        "Takes sufficient care to manage technology and intellectual property",
      ),
    },
    {
      ok: c.compliesWithLawAndConsults,
      reason: reason(
        "NP-CRIT-3",
        "seed004§3(3)",
        "法令を遵守し、予見できない事態に真摯に協議すること",
        "Complies with the law and consults in good faith on unforeseen events",
      ),
    },
    {
      ok: c.budgetProceduresAccepted,
      reason: reason(
        "NP-CRIT-4",
        "seed004§3(4)",
        "予算執行上の手続きに円滑に応じられること",
        "Can follow the budget procedures smoothly",
      ),
    },
  ];
}

function ipChecks(np: NationalProject): Check[] {
  const checks: Check[] = [];
  // §4(1)①: results of a foreign participant's commissioned work are co-owned with the state, ≥ 50 %.
  if (np.foreignParticipant && np.participationForm === "commissioned") {
    const share = np.ip.stateSharePercent;
    checks.push({
      ok: np.ip.coOwnedWithState && share !== null && share >= MIN_STATE_SHARE_PERCENT,
      reason: reason(
        "NP-IP-COOWN",
        "seed004§4(1)①",
        `委託による成果の知的財産権は国等と共有し、国等の持分は ${MIN_STATE_SHARE_PERCENT}% 以上（現在: ${share ?? "未定"}%）`,
        `IP from commissioned results is shared with the state, the state's share at least ${MIN_STATE_SHARE_PERCENT}% (now: ${share ?? "undecided"}%)`,
      ),
    });
  }
  // §4(1)②③ apply where Japanese Bayh-Dole applies, i.e. to commissioned work.
  if (np.participationForm === "commissioned") {
    checks.push(
      {
        ok: np.contract.parentTransferNoticeClause,
        reason: reason(
          "NP-IP-PARENT-NOTICE",
          "seed004§4(1)②",
          "子会社から親会社への移転・専用実施権設定の事前連絡条項",
          "Clause requiring prior notice of a transfer or exclusive licence from a subsidiary to its parent",
        ),
      },
      {
        ok: np.contract.freeLicenceToStateClause,
        reason: reason(
          "NP-IP-STATE-LICENCE",
          "seed004§4(1)②",
          "公共の利益のため国に無償で実施許諾する条項（産業技術力強化法17条）",
          "Clause granting the state a free licence in the public interest (Industrial Technology Enhancement Act Art. 17)",
        ),
      },
      {
        ok: np.contract.sublicensableLicenceOnMergerClause,
        reason: reason(
          "NP-IP-MERGER",
          "seed004§4(1)③",
          "合併・買収に備え委託者等にサブライセンス権付き通常実施権を許諾する条項",
          "Clause granting the commissioning body a non-exclusive licence with sublicensing rights in case of a merger or acquisition",
        ),
      },
    );
  }
  const years = np.contract.postProjectConfidentialityYears;
  checks.push(
    {
      ok: years !== null && years > 0,
      reason: reason(
        "NP-CONFIDENTIALITY",
        "seed004§4(4)",
        "プロジェクト終了後も一定期間有効な守秘義務",
        "A confidentiality duty that lasts for a period after the project",
      ),
    },
    {
      ok: np.institutionExportControlSystem,
      reason: reason(
        "NP-EXPORT-SYSTEM",
        "seed004§4(4)",
        "外為法に基づく機微技術管理体制の整備",
        "A sensitive-technology control system under the Foreign Exchange Act",
      ),
    },
  );
  return checks;
}

/**
 * Checks a national R&D project participation against seed 004: the project type and participation
 * form fit (§2), the four selection criteria all hold (§3(1)–(4), (1) having three parts), the IP rules
 * for commissioned work (§4(1)①–③) and confidentiality after the project plus export control (§4(4)).
 */
export function evaluateNationalProject(np: NationalProject): NationalProjectEvaluation {
  const checks = [...criteriaChecks(np), ...ipChecks(np)];
  const failed = checks.filter((c) => !c.ok).map((c) => c.reason);
  return {
    outcome: failed.length === 0 ? "compliant" : "non_compliant",
    reasons: failed,
    satisfied: checks.filter((c) => c.ok).map((c) => c.reason),
    warnings: [formWarning(np)].filter((w): w is Reason => w !== null),
    dataVersions: {},
  };
}
