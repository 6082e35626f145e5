import { type IsoDate, isIsoDate } from "../shared/dates";
import type { Reason } from "../shared/decision";
import { DomainError } from "../shared/errors";
import { evaluateCatchAll } from "./catch-all";
import { DEFAULT_RULE_DATA, type RuleDataSet, selectRuleData } from "./data/registry";
import { classifyDestination, type DestinationInfo, resolveDestinationCountry } from "./destination";
import { resolveEul } from "./end-user";
import { evaluateExemptions } from "./exemptions";
import { classifyItem } from "./list-control";
import { decideControl, mostRestrictive } from "./outcome";
import { classifyProvision } from "./provision";
import { determineResidency } from "./residency";
import {
  DEFAULT_POLICY,
  type EulLookup,
  type ExportControlOutcome,
  type ExportControlPolicy,
  type ExportControlResult,
} from "./result";
import { evaluateSanctions } from "./sanctions";
import { type ExportControlFacts, ZExportControlFacts } from "./schema";
import { concernSignals, isWmdRelated } from "./signals";
import { determineTokutei } from "./tokutei";
import { because } from "./trace";

/** Bumped whenever the decision logic (not the data) changes; stored with every determination. */
export const EXPORT_CONTROL_ENGINE_VERSION = "export-control-engine@1";

export interface AssessOptions {
  /** Today's date (JST), used when the facts carry no `asOf`. The engine never reads the clock. */
  today?: IsoDate;
  /** End User List screening done by the caller: a match, `null` for "screened, no match", or absent. */
  eulLookup?: EulLookup | null;
  /** Alternative rule data (defaults to the built-in versioned data). */
  data?: RuleDataSet;
  /** Overrides of the conservative defaults for [R]/[U] items. */
  policy?: Partial<ExportControlPolicy>;
}

/**
 * Validates raw input (JSON from the CLI or HTTP) into facts; extra fields are kept. Throws
 * `DomainError("VALIDATION_FAILED")` with zod issues.
 */
export function parseExportControlFacts(input: unknown): ExportControlFacts {
  const parsed = ZExportControlFacts.safeParse(input);
  if (!parsed.success) {
    throw new DomainError("VALIDATION_FAILED", "invalid export-control facts", {
      issues: parsed.error.issues,
    });
  }
  return parsed.data;
}

/**
 * Assesses one technology provision or goods export on `asOf` (spec §1.3 composed with §2, §1.4, §1.2,
 * §3, §4, §5 and the sanctions layer of §4.6). Pure: the same facts, options and date always give the
 * same result, which records every rule fired, its source and the data versions used.
 */
export function assessExportControl(input: unknown, options: AssessOptions = {}): ExportControlResult {
  const facts = parseExportControlFacts(input);
  const asOf = facts.asOf ?? options.today;
  if (!asOf || !isIsoDate(asOf)) {
    throw new DomainError("VALIDATION_FAILED", "asOf is required (the caller supplies today's date)", {
      issues: [{ path: ["asOf"], message: "missing or not a YYYY-MM-DD date" }],
    });
  }
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  const data = selectRuleData(asOf, options.data ?? DEFAULT_RULE_DATA);
  const activity = facts.activity ?? "technology_provision";
  const reasons: Reason[] = [];
  const partial: ExportControlOutcome[] = [];
  if (!facts.activity) {
    reasons.push(because("FACTS-ACTIVITY-DEFAULT"));
  }
  if (data.missing.length > 0) {
    reasons.push(because("DATA-OUT-OF-RANGE", `${asOf}: ${data.missing.join(", ")}`));
    partial.push("MANUAL_REVIEW");
  }

  // §2 residency and §1.4 特定類型 (for goods, only reported when a recipient is given).
  const res = determineResidency(facts.recipient, asOf, data.residencyRules);
  const tk = determineTokutei(facts.recipient, res.residency, asOf, {
    regime: data.tokutei,
    requireDeclaration: policy.requireTokuteiDeclaration,
  });
  if (activity === "technology_provision" || facts.recipient) {
    reasons.push(...res.reasons, ...tk.reasons);
  }
  // §1.2 kinds and §3 classification.
  const prov = classifyProvision(facts, res.residency, tk.status, activity);
  reasons.push(...prov.reasons);
  if (
    activity === "goods_export" &&
    prov.goodsDestination === null &&
    !prov.reasons.some((r) => r.ruleId === "PK-GOODS-DOMESTIC")
  ) {
    partial.push("MANUAL_REVIEW");
  }
  const item = classifyItem(facts.item, data);
  reasons.push(...item.reasons);
  const regulated = prov.kinds.length > 0 || prov.tt1Possible;

  let destination: DestinationInfo | null = null;
  const eul = resolveEul(regulated ? facts.endUser : undefined, options.eulLookup, data.eul);
  const eu = facts.endUser;
  let catchAll = null;
  let sanctions = null;
  let exemption = null;
  if (regulated) {
    const country =
      activity === "goods_export" ? prov.goodsDestination : resolveDestinationCountry(facts, res.residency);
    destination = classifyDestination(country, data);
    reasons.push(...destination.reasons, ...eul.reasons);
    if (item.itemClass === "CA16" && data.catchAllMatrix) {
      catchAll = evaluateCatchAll({
        sub16: item.sub16,
        concernTypes: facts.item?.concernTypes,
        destination,
        endUser: eu,
        eul,
        matrix: data.catchAllMatrix,
      });
      reasons.push(...catchAll.reasons);
    }
    exemption = evaluateExemptions(facts.item, activity, data.exemptions);
    reasons.push(...exemption.reasons);
    const wmdRelated = isWmdRelated(item, facts.item?.concernTypes, eu, catchAll);
    const place = facts.provision?.place;
    sanctions = evaluateSanctions({
      activity,
      countries: [destination.country, eu?.country, place !== "JP" ? place : undefined],
      itemClass: item.itemClass,
      wmdRelated,
      russiaDesignatedEntity: eu?.russiaDesignatedEntity,
      programs: data.sanctions,
      expiredRenewable: data.expiredRenewableSanctions,
      extendToTechnology: policy.extendGoodsSanctionsToTechnology,
    });
    reasons.push(...sanctions.reasons);
    if (sanctions.prohibited) {
      partial.push("PROHIBITED");
    } else if (sanctions.review) {
      partial.push("MANUAL_REVIEW");
    }
  }

  const control = decideControl({
    regulated,
    onlyPossible: prov.kinds.length === 0 && prov.tt1Possible,
    item,
    catchAll,
    concernSignals: concernSignals(eu, eul.categories),
    exemption: exemption?.candidate ?? null,
    sanctions,
    wmdTierBlocksExemption: policy.wmdTierBlocksExemption,
  });
  reasons.push(...control.reasons);
  partial.push(control.outcome);
  const outcome = mostRestrictive(partial);

  const reviewFlags = [...res.reviewFlags, ...(sanctions?.advisories ?? [])];
  if (regulated && item.tiers.includes("T-WMD")) {
    reviewFlags.push("ESCALATE-T-WMD");
  }
  return {
    outcome,
    exemption: outcome === "NO_LICENCE_EXEMPT" ? (exemption?.candidate ?? null) : null,
    residency: res.residency,
    tokutei: tk.categories,
    rulesFired: [...new Set(reasons.map((r) => r.ruleId))],
    reasons,
    asOf,
    activity,
    engineVersion: EXPORT_CONTROL_ENGINE_VERSION,
    dataVersions: {
      engine: EXPORT_CONTROL_ENGINE_VERSION,
      ...data.dataVersions,
      ...(eul.source === "screening" && eul.listVersion ? { eulScreening: eul.listVersion } : {}),
    },
    residencyRule: facts.recipient ? res.ruleId : null,
    tokuteiStatus: tk.status,
    provisionKinds: prov.kinds,
    listItem: item.listItem,
    itemClass: item.itemClass,
    sensitivityTiers: item.tiers,
    destinationCountry: destination?.country ?? null,
    destinationGroup: destination?.group ?? null,
    catchAllClass: catchAll ? (destination?.catchAllClass ?? null) : null,
    catchAllTriggers: catchAll?.triggers ?? [],
    exemptionCandidate: exemption?.candidate ?? null,
    sanctions: sanctions?.flags ?? [],
    eul: {
      categories: eul.categories,
      source: eul.source,
      listVersion: eul.listVersion,
      matchedName: eul.matchedName,
    },
    reviewFlags,
  };
}
