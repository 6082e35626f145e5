import type { Reason } from "../shared/decision";
import type { CatchAllMatrix, ConvScope } from "./data/catch-all-matrix";
import { type EulCategory, WMD_EUL_CATEGORIES } from "./data/eul";
import type { DestinationInfo } from "./destination";
import type { EulStatus } from "./end-user";
import type { CatchAllTrigger } from "./result";
import type { EndUserFacts } from "./schema";
import { because } from "./trace";

export interface CatchAllInput {
  /** 16(1)/16(2), or null before the 2025 split. */
  sub16: "16-1" | "16-2" | null;
  /** おそれの強い貨物例 concern types of the item; undefined when not assessed. */
  concernTypes: EulCategory[] | undefined;
  destination: DestinationInfo;
  endUser: EndUserFacts | undefined;
  eul: EulStatus;
  matrix: CatchAllMatrix;
}

export interface CatchAllEvaluation {
  triggers: CatchAllTrigger[];
  /** Something must be checked by a human before the item can be cleared (missing end user, …). */
  unresolved: boolean;
  reasons: Reason[];
}

const inScope = (scope: ConvScope, sub16: "16-1" | "16-2" | null) =>
  scope === "ALL" || (scope === "16-1" && sub16 === "16-1");

/**
 * Catch-all evaluation for item-16 goods/technology (spec §4.3, matrix §4.2 by version): inform first
 * (S19), nothing objective for Group A, then WMD 用途/需要者 and conventional 用途/需要者 per destination
 * column. 明らかガイドライン (clearlyCivilEvidence) clears only 需要者要件, never 用途 or inform (S21).
 */
export function evaluateCatchAll(input: CatchAllInput): CatchAllEvaluation {
  const { destination, endUser: eu, eul, matrix, sub16, concernTypes } = input;
  const row = matrix.rows[destination.catchAllClass];
  const triggers: CatchAllTrigger[] = [];
  const reasons: Reason[] = [];
  let unresolved = false;
  const fire = (t: CatchAllTrigger, r: Reason) => {
    triggers.push(t);
    reasons.push(r);
  };
  const civil = eu?.clearlyCivilEvidence === true && eu.statedMilitaryUse !== true; // ⑱ defeats "clear"

  if (eu?.informNotice) {
    if (row.inform) {
      fire("INFORM", because("CA-INFORM", `${destination.catchAllClass} (${matrix.version})`));
    } else {
      unresolved = true;
      reasons.push(because("CA-INFORM-OUT-OF-SCOPE", `${destination.catchAllClass} (${matrix.version})`));
    }
  }
  if (destination.catchAllClass === "GROUP_A") {
    reasons.push(because("CA-GROUP-A-NO-OBJECTIVE", matrix.version));
    return { triggers, unresolved, reasons };
  }
  if (!eul.known && (row.wmdEndUser || inScope(row.convEndUser, sub16))) {
    unresolved = true;
    reasons.push(because("CA-ENDUSER-UNKNOWN", eu ? "end user not screened" : "no endUser in the facts"));
  }

  // WMD catch-all (核兵器等): 用途 has no 明らか escape; 需要者 via EUL with ⑰イ category match.
  if (row.wmdUse && eu?.statedWmdUse) {
    fire("WMD_USE", because("CA-WMD-USE"));
  }
  const wmdCats = eul.categories.filter((c) => WMD_EUL_CATEGORIES.includes(c));
  if (row.wmdEndUser && wmdCats.length > 0) {
    const match = concernTypes?.filter((c) => wmdCats.includes(c)) ?? [];
    if (match.length > 0) {
      fire("EUL_MATCH", because("CA-EUL-MATCH", `EUL ${wmdCats.join(",")} ∩ item ${match.join(",")}`));
    } else if (civil && concernTypes !== undefined) {
      reasons.push(because("CA-AKIRAKA-CLEAR", `WMD end user (EUL ${wmdCats.join(",")})`));
    } else {
      const why =
        concernTypes === undefined
          ? "item concern type not assessed (⑰イ)"
          : "no evidence of clearly civil use";
      fire("WMD_ENDUSER", because("CA-WMD-ENDUSER", `EUL ${wmdCats.join(",")}; ${why}`));
    }
  }

  // Conventional-weapons catch-all: scope depends on destination column and 16(1)/16(2).
  if (eu?.statedMilitaryUse) {
    if (inScope(row.convUse, sub16)) {
      fire("CONV_USE", because("CA-CONV-USE", `${destination.catchAllClass}, scope ${row.convUse}`));
    } else {
      // Outside the legal scope, but a stated military use is a red flag (S43): a human decides.
      unresolved = true;
      reasons.push(
        because("CA-CONV-OUT-OF-SCOPE", `${destination.catchAllClass}, ${sub16 ?? "16"}, ${matrix.version}`),
      );
    }
    if (eu.clearlyCivilEvidence) {
      reasons.push(
        because("CA-AKIRAKA-NOT-FOR-USE", "claimed civil use does not clear a stated military use"),
      );
    }
  }
  if (inScope(row.convEndUser, sub16) && eul.categories.includes("CW")) {
    if (
      destination.catchAllClass === "UN_ARMS_EMBARGO" &&
      (sub16 === "16-1" || concernTypes?.includes("CW"))
    ) {
      fire("CONV_ENDUSER_19", because("CA-CONV-ENDUSER-19", destination.country ?? "unknown destination"));
    } else if (sub16 === "16-1" && !civil) {
      fire(
        "CONV_ENDUSER_17RO",
        because("CA-CONV-ENDUSER-17RO", "all available information does not dispel concerns"),
      );
    } else if (!civil) {
      fire("CONV_ENDUSER", because("CA-CONV-ENDUSER"));
    } else {
      reasons.push(because("CA-AKIRAKA-CLEAR", "conventional-weapons end user (EUL CW)"));
    }
  }
  if (triggers.length === 0 && !unresolved) {
    reasons.push(because("CA-NO-TRIGGER", `${destination.catchAllClass} (${matrix.version})`));
  }
  return { triggers, unresolved, reasons };
}
