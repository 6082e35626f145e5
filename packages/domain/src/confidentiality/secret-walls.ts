/**
 * Walls between competing partners (issue 12 item 5; seed-coverage H9; seed 001 case 26: a researcher
 * who works with two competitors must not carry one's secrets to the other). Pure rules: the server
 * loads the competitor pairs, what a person holds and the officer's recorded approvals.
 */

export interface CompetitorPair {
  partnerA: string;
  partnerB: string;
}

/**
 * Competitors of `partnerId`: pairs marked by the coordinator or officer, plus partners whose case
 * records name each other (`case_partners.competitor_ids`, "the same field set on both").
 */
export function competitorsOf(
  partnerId: string,
  pairs: readonly CompetitorPair[],
  namedOnCases: readonly { partnerId: string; competitorIds: readonly string[] }[] = [],
): string[] {
  const out = new Set<string>();
  for (const p of pairs) {
    if (p.partnerA === partnerId) {
      out.add(p.partnerB);
    } else if (p.partnerB === partnerId) {
      out.add(p.partnerA);
    }
  }
  for (const n of namedOnCases) {
    if (n.partnerId === partnerId) {
      for (const c of n.competitorIds) {
        out.add(c);
      }
    } else if (n.competitorIds.includes(partnerId)) {
      out.add(n.partnerId);
    }
  }
  out.delete(partnerId);
  return [...out].sort();
}

/**
 * The competitors of `partnerId` whose secrets the person already holds, unless the officer recorded
 * an approval for this person and `partnerId` (the second competitor is the one refused). A competitor
 * the person was approved for is no conflict either: the approval opened the wall between the two, so
 * the person keeps reading the first partner's secrets too (seed 001 case 26, H9).
 */
export function wallConflicts(
  partnerId: string,
  heldPartnerIds: readonly string[],
  competitorIds: readonly string[],
  approvedPartnerIds: readonly string[],
): string[] {
  if (approvedPartnerIds.includes(partnerId)) {
    return [];
  }
  return [...new Set(heldPartnerIds)]
    .filter((p) => p !== partnerId && competitorIds.includes(p) && !approvedPartnerIds.includes(p))
    .sort();
}

export interface WallReportRow {
  userId: string;
  partnerIds: string[];
  approvedPartnerIds: string[];
}

/**
 * The walls report: every person who holds secrets of two or more partners that compete, and which of
 * those the officer approved. People with no crossing are not listed.
 */
export function wallReport(
  holdings: readonly { userId: string; partnerIds: readonly string[] }[],
  pairs: readonly CompetitorPair[],
  approvals: readonly { userId: string; partnerId: string }[],
): WallReportRow[] {
  const rows: WallReportRow[] = [];
  for (const h of holdings) {
    const held = new Set(h.partnerIds);
    const crossing = new Set<string>();
    for (const p of pairs) {
      if (held.has(p.partnerA) && held.has(p.partnerB)) {
        crossing.add(p.partnerA);
        crossing.add(p.partnerB);
      }
    }
    if (crossing.size > 0) {
      rows.push({
        userId: h.userId,
        partnerIds: [...crossing].sort(),
        approvedPartnerIds: approvals
          .filter((a) => a.userId === h.userId && crossing.has(a.partnerId))
          .map((a) => a.partnerId)
          .sort(),
      });
    }
  }
  return rows;
}
