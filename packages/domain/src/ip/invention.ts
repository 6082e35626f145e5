import type { Role } from "../shared/roles";
import { type IpReason, ipReason } from "./ip-sources";
import type { InventionCategory, SecrecyReviewStatus } from "./ip-types";

/**
 * Invention disclosures (seed 001 §IV.1-1; E17). Inventors state their contribution shares, which must
 * add up to 100 %; each inventor confirms the disclosure in the app; then the institution — never the
 * inventors — decides whether it is an employee invention (職務発明, Patent Act Art. 35) or a free one.
 */

export interface InventorShare {
  /** A user of the institution, or null for an outside inventor (e.g. a partner's engineer). */
  userId: string | null;
  name: string;
  /** Contribution in basis points of 100 % (5000 = 50 %), so shares add up exactly. */
  shareBp: number;
  confirmedOn: string | null;
}

export const FULL_SHARE_BP = 10_000;

/** Problems with the inventor list; empty = acceptable. */
export function inventorProblems(inventors: Omit<InventorShare, "confirmedOn">[]): IpReason[] {
  const out: IpReason[] = [];
  if (inventors.length === 0) {
    out.push(ipReason("IP-INV-NONE", "jp-patent-act§35", "発明者がいない", "No inventor is named"));
  }
  if (inventors.some((i) => !Number.isInteger(i.shareBp) || i.shareBp <= 0 || i.shareBp > FULL_SHARE_BP)) {
    out.push(
      ipReason(
        "IP-INV-SHARE-RANGE",
        "jp-patent-act§35",
        "各発明者の寄与率は0%より大きく100%以下",
        "Each inventor's share must be above 0 % and at most 100 %",
      ),
    );
  }
  const total = inventors.reduce((s, i) => s + i.shareBp, 0);
  if (inventors.length > 0 && total !== FULL_SHARE_BP) {
    out.push(
      ipReason(
        "IP-INV-SHARE-SUM",
        "jp-patent-act§35",
        `寄与率の合計が100%になっていない（${total / 100}%）`,
        `Shares add up to ${total / 100} %, not 100 %`,
      ),
    );
  }
  const users = inventors.map((i) => i.userId).filter((u): u is string => u !== null);
  if (new Set(users).size !== users.length) {
    out.push(
      ipReason(
        "IP-INV-DUPLICATE",
        "jp-patent-act§35",
        "同じ発明者が重複している",
        "An inventor is listed twice",
      ),
    );
  }
  return out;
}

export type DisclosureStage = "awaiting_confirmation" | "awaiting_decision" | "decided";

/** Where a disclosure stands: inventors confirm first, then legal/IP decides. */
export function disclosureStage(
  inventors: InventorShare[],
  category: InventionCategory | null,
): DisclosureStage {
  if (inventors.some((i) => i.userId !== null && i.confirmedOn === null)) {
    return "awaiting_confirmation";
  }
  return category === null ? "awaiting_decision" : "decided";
}

/** Reasons legal/IP may not decide yet (an inventor has not confirmed). */
export function decisionBlockers(inventors: InventorShare[]): IpReason[] {
  return inventors
    .filter((i) => i.userId !== null && i.confirmedOn === null)
    .map((i) =>
      ipReason(
        "IP-INV-UNCONFIRMED",
        "jp-patent-act§35",
        `${i.name}: 発明届の内容を確認していない`,
        `${i.name} has not confirmed the disclosure`,
      ),
    );
}

/** Roles that see every invention of the institution; others see only those they invented. */
const IP_OFFICE_ROLES: readonly Role[] = ["legal_ip", "coordinator", "executive", "auditor"];

export interface InventionViewer {
  userId: string;
  role: Role;
}

/**
 * The one access decision for an invention and everything under it (filings, agreements, income), used by
 * every read path. A designated (保全指定) invention is handled like 機密: only legal/IP and its inventors.
 */
export function canSeeInvention(
  viewer: InventionViewer,
  inv: { inventorUserIds: string[]; createdBy: string | null; reviewStatus: SecrecyReviewStatus },
): boolean {
  const own = inv.inventorUserIds.includes(viewer.userId) || inv.createdBy === viewer.userId;
  if (inv.reviewStatus === "designated") {
    return viewer.role === "legal_ip" || own;
  }
  return IP_OFFICE_ROLES.includes(viewer.role) || own;
}
