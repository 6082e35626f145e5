import type { Reason } from "../shared/decision";
import type { SanctionsProgram, SanctionsProgramId } from "./data/sanctions";
import type { ItemClass } from "./result";
import type { Activity } from "./schema";
import { because } from "./trace";

export interface SanctionsInput {
  activity: Activity;
  /** Destination, end-user country and place of provision (deduplicated by the caller or here). */
  countries: (string | null | undefined)[];
  itemClass: ItemClass;
  /** Whether the item is WMD-related (T-WMD tier, WMD concern type, WMD use); null = not known. */
  wmdRelated: boolean | null;
  russiaDesignatedEntity: boolean | undefined;
  programs: readonly SanctionsProgram[];
  expiredRenewable: readonly SanctionsProgram[];
  extendToTechnology: boolean;
}

export interface SanctionsEvaluation {
  flags: SanctionsProgramId[];
  prohibited: boolean;
  /** A sanctions question a human must settle (outcome at least MANUAL_REVIEW). */
  review: boolean;
  advisories: string[];
  reasons: Reason[];
}

/**
 * The sanctions layer, checked independently of list control and catch-all (spec §4.6): North Korea
 * total ban, Russia/Belarus 別表第2の3, designated Russia-related entities in third countries
 * (別表第2の4), Iran UNSCR 2231 snapback. Programmes are versioned data selected by date.
 */
export function evaluateSanctions(input: SanctionsInput): SanctionsEvaluation {
  const countries = new Set(input.countries.filter((c): c is string => Boolean(c)));
  const out: SanctionsEvaluation = {
    flags: [],
    prohibited: false,
    review: false,
    advisories: [],
    reasons: [],
  };
  const tech = input.activity === "technology_provision";
  // Goods-only measures reach technology only by the conservative policy ([U], spec §4.6).
  const prohibit = (program: SanctionsProgram, ruleId: Parameters<typeof because>[0], detail: string) => {
    out.reasons.push(because(ruleId, `${detail} (${program.version})`));
    if (tech && !program.coversTechnology) {
      if (input.extendToTechnology) {
        out.prohibited = true;
        out.reasons.push(because("SANC-TECH-EXTENSION-U", program.id));
      } else {
        out.review = true;
      }
      return;
    }
    out.prohibited = true;
  };

  for (const program of input.programs) {
    const hit = program.countries.find((c) => countries.has(c));
    if (!hit) {
      continue;
    }
    // Designated-entity programmes are flagged only on a designated counterpart; others on the country.
    if (program.scope !== "DESIGNATED_ENTITIES" || input.russiaDesignatedEntity === true) {
      out.flags.push(program.id);
    }
    switch (program.scope) {
      case "ALL":
        prohibit(program, "SANC-NK", hit);
        break;
      case "LIST_ITEMS":
        if (input.itemClass === "LIST") {
          prohibit(program, "SANC-RU-BY-LIST", hit);
        } else if (input.itemClass !== "NON_CONTROLLED" || !tech) {
          // 別表第2の3 also lists general-purpose and luxury goods that we do not enumerate.
          out.review = true;
          out.reasons.push(because("SANC-RU-BY-GENERAL", hit));
        }
        break;
      case "DESIGNATED_ENTITIES":
        if (input.russiaDesignatedEntity === true) {
          prohibit(program, "SANC-RU-DESIGNATED", hit);
        } else if (input.russiaDesignatedEntity === undefined) {
          out.advisories.push("SANC-RU-THIRD-COUNTRY");
          out.reasons.push(because("SANC-RU-THIRD-COUNTRY", hit));
        }
        break;
      case "WMD_RELATED":
        if (input.wmdRelated === true) {
          prohibit(program, "SANC-IRAN-WMD", hit);
        } else if (input.wmdRelated === null) {
          out.review = true;
          out.reasons.push(because("SANC-IRAN-REVIEW", hit));
        }
        break;
    }
  }
  for (const program of input.expiredRenewable) {
    if (program.countries.some((c) => countries.has(c))) {
      out.review = true;
      out.reasons.push(because("SANC-NK-RENEWAL-CHECK", `recorded end ${program.effectiveTo}`));
    }
  }
  return out;
}
