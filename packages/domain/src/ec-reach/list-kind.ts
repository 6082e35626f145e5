import type { ScreeningList } from "../cases/case-schemas";

/**
 * What kind of list a screening list is (issue 15, X5 / B6): the kind decides what a confirmed hit
 * means. Sanctions (資産凍結等, 外為法 §16 / §25 and foreign equivalents) prohibit; the METI End User List
 * (外国ユーザーリスト) calls for the licence path; US lists (Entity List, DPL, CSL) bring re-export
 * exposure; the institution's own lists and others need a reviewer's judgement.
 */
export const LIST_KINDS = ["sanctions", "eul", "us", "own", "other"] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export const LIST_KIND_LABELS: Record<ListKind, { ja: string; en: string }> = {
  sanctions: { ja: "制裁リスト（資産凍結等）", en: "Sanctions list" },
  eul: { ja: "外国ユーザーリスト（経済産業省）", en: "End User List (METI)" },
  us: { ja: "米国の規制リスト", en: "US restricted-party list" },
  own: { ja: "機関独自のリスト", en: "Institution's own list" },
  other: { ja: "その他のリスト", en: "Other list" },
};

/** The kind a format implies when the list does not set one (an OFAC SDN file is a sanctions list). */
const FORMAT_KIND: Record<string, ListKind> = {
  "meti-eul": "eul",
  "mofa-text": "sanctions",
  "un-xml": "sanctions",
  ofac: "sanctions",
  "us-csl": "us",
  "bis-dpl": "us",
  csv: "own",
  ftm: "other",
};

/** The list's kind: as set on the list, else as its format implies. */
export function listKindOf(format: string, kind: string | null): ListKind {
  if (kind !== null && (LIST_KINDS as readonly string[]).includes(kind)) {
    return kind as ListKind;
  }
  return FORMAT_KIND[format] ?? "other";
}

/** The case's name for the list a confirmed hit was found on (the risk rules read these). */
export function caseListOf(kind: ListKind): ScreeningList {
  switch (kind) {
    case "sanctions":
      return "sanctions";
    case "eul":
      return "eul";
    case "us":
      return "us_entity_list";
    default:
      return "other";
  }
}

/** A confirmed hit as it travels to gates and risk rules: the list, its kind and the entry. */
export interface ConfirmedHit {
  list: string;
  kind: ListKind;
  entryName: string;
  sourceId: string;
  /** End User List categories (B, C, M, N, CW) of the entry; empty for other lists. */
  categories: string[];
  /**
   * The entry is a related entity the list carries (an owned company, a director), not a listed party:
   * the hit counts as "other" and ownership decides whether the party is treated as listed.
   */
  related?: boolean;
}
