import type { Role } from "../shared/roles";
import { type IpLabel, type IpReason, ipReason } from "./ip-sources";
import type { AgreementKind } from "./ip-types";

/**
 * The institution's licence policy as a pure rule set (seed 001 cases 3–5): non-exclusive by default,
 * Japanese companies first for exclusive licences, an exclusive licence or option to a foreign company
 * only under a listed exception, no assignment to foreign companies, patents kept as the institution's
 * assets. The list of exceptions and who may approve one are the institution's settings.
 */

/** Seed 001 case 4's list ①–⑦, the default exception list. */
export const DEFAULT_FOREIGN_EXCEPTIONS = [
  { id: "1", ja: "① 非独占のライセンスの場合", en: "① A non-exclusive licence" },
  {
    id: "2",
    ja: "② 相当な技術移転活動にもかかわらず、国内では技術移転先が見出せなかった技術",
    en: "② No Japanese licensee found despite substantial marketing",
  },
  {
    id: "3",
    ja: "③ 市場において国内企業と競合しない技術",
    en: "③ Technology that does not compete with Japanese companies in the market",
  },
  {
    id: "4",
    ja: "④ 国内において技術移転先が容易に見出せない技術",
    en: "④ Technology for which a Japanese licensee is not readily found",
  },
  {
    id: "5",
    ja: "⑤ 特許を共有する国内企業の希望による技術移転",
    en: "⑤ Requested by the Japanese company that co-owns the patent",
  },
  { id: "6", ja: "⑥ 海外の日系企業への技術移転", en: "⑥ Transfer to a Japanese company's foreign affiliate" },
  {
    id: "7",
    ja: "⑦ 日本発技術の世界標準化や世界普及に貢献する技術",
    en: "⑦ Contributes to global standardisation or spread of Japanese technology",
  },
] as const satisfies readonly (IpLabel & { id: string })[];

export interface LicencePolicy {
  institutionCountry: string;
  /** Exceptions under which a foreign company may get an exclusive licence or option. */
  foreignExceptions: readonly (IpLabel & { id: string })[];
  /** Roles whose recorded approval lets an exception (or an assignment to a Japanese company) proceed. */
  exceptionApprovers: readonly Role[];
}

export const DEFAULT_LICENCE_POLICY: LicencePolicy = {
  institutionCountry: "JP",
  foreignExceptions: DEFAULT_FOREIGN_EXCEPTIONS,
  exceptionApprovers: ["executive"],
};

export interface LicenceProposal {
  kind: AgreementKind;
  /** An option counts as what it grants on exercise. */
  optionGrantsExclusive: boolean;
  licenseeCountry: string;
  /** The licensee co-owns the patent (seed 001 case 3 ③). */
  licenseeIsCoOwner: boolean;
  /** Exception ids claimed from the policy's list. */
  exceptionIds: string[];
  /** A recorded approval of the exception (or of an assignment), with the approver's role. */
  approval: { role: Role; on: string } | null;
}

export type LicencePolicyOutcome = "allowed" | "needs_approval" | "refused";

export interface LicenceDetermination {
  outcome: LicencePolicyOutcome;
  reasons: IpReason[];
  /** Who may approve, when the outcome is `needs_approval`. */
  approverRoles: Role[];
}

const done = (outcome: LicencePolicyOutcome, reasons: IpReason[], approverRoles: Role[] = []) => ({
  outcome,
  reasons,
  approverRoles,
});

/** The determination of one proposed licence, option or assignment under the policy. */
export function determineLicence(p: LicenceProposal, policy = DEFAULT_LICENCE_POLICY): LicenceDetermination {
  const foreign = p.licenseeCountry !== policy.institutionCountry;
  const exclusive = p.kind === "exclusive_licence" || (p.kind === "option" && p.optionGrantsExclusive);
  const approvers = [...policy.exceptionApprovers];
  const approved = p.approval !== null && approvers.includes(p.approval.role);

  if (p.kind === "assignment") {
    if (foreign) {
      return done("refused", [
        ipReason(
          "IP-LP-NO-FOREIGN-ASSIGN",
          "seed001§case5",
          "外国企業への特許の譲渡はしない（特許は機関の資産として管理）",
          "Patents are not assigned to foreign companies; they stay the institution's assets",
        ),
      ]);
    }
    const r = ipReason(
      "IP-LP-ASSIGN",
      "seed001§case5",
      "特許は機関の資産として保有するのが原則: 譲渡には承認が必要",
      "Patents are kept as assets: an assignment needs approval",
    );
    return approved ? done("allowed", [r]) : done("needs_approval", [r], approvers);
  }

  if (!exclusive) {
    return done("allowed", [
      ipReason(
        "IP-LP-NONEXCL",
        "seed001§case3",
        "非独占の実施許諾は国内外を問わず原則どおり",
        "A non-exclusive licence follows the default, in Japan or abroad",
      ),
    ]);
  }

  if (!foreign) {
    return done("allowed", [
      ipReason(
        "IP-LP-DOMESTIC-EXCL",
        "seed001§case3",
        "独占的実施権は日本企業を優先: 国内企業への許諾",
        "Exclusive rights go to Japanese companies first: the licensee is Japanese",
      ),
    ]);
  }

  if (p.licenseeIsCoOwner) {
    return done("refused", [
      ipReason(
        "IP-LP-FOREIGN-COOWNER",
        "seed001§case3",
        "外国企業との共有特許では相手企業に独占を認めない",
        "A foreign company that co-owns the patent is not given exclusivity",
      ),
    ]);
  }

  const listed = p.exceptionIds
    .map((id) => policy.foreignExceptions.find((e) => e.id === id))
    .filter((e): e is IpLabel & { id: string } => e !== undefined && e.id !== "1");
  if (listed.length === 0) {
    return done("refused", [
      ipReason(
        "IP-LP-FOREIGN-EXCL",
        "seed001§case4",
        "外国企業への独占的許諾は機関の定める例外（②〜⑦）に該当する場合に限る: 例外が選ばれていない",
        "An exclusive licence to a foreign company needs one of the institution's exceptions (②–⑦); none is given",
      ),
    ]);
  }
  const reasons = listed.map((e) =>
    ipReason("IP-LP-EXCEPTION", "seed001§case4", `例外 ${e.ja}`, `Exception ${e.en}`),
  );
  if (!approved) {
    reasons.push(
      ipReason(
        "IP-LP-EXCEPTION-APPROVAL",
        "seed001§case4",
        "例外による外国企業への独占的許諾には承認の記録が必要",
        "An exclusive licence to a foreign company under an exception needs a recorded approval",
      ),
    );
    return done("needs_approval", reasons, approvers);
  }
  return done("allowed", reasons);
}
