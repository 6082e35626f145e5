import type { IsoDate } from "../../shared/dates";
import { CATCH_ALL_MATRICES, type CatchAllMatrix } from "./catch-all-matrix";
import { COUNTRY_LISTS, type CountryList } from "./country-lists";
import { EUL_VERSIONS, type EulVersion } from "./eul";
import { EXEMPTION_DEFINITIONS, type ExemptionDefinition } from "./exemptions";
import { ITEM_16_1_HS, type Item16SpecificHs, LIST_ITEM_TABLES, type ListItemTable } from "./list-items";
import { RESIDENCY_RULES, type ResidencyRules, TOKUTEI_REGIMES, type TokuteiRegime } from "./regime";
import { SANCTIONS_PROGRAMS, type SanctionsProgram } from "./sanctions";
import { isEffectiveOn, selectEffective } from "./versioned";

/** All rule data, so tests and institutions can pass an alternative (e.g. a newly gazetted version). */
export interface RuleDataSet {
  countryLists: readonly CountryList[];
  eulVersions: readonly EulVersion[];
  listItemTables: readonly ListItemTable[];
  item16SpecificHs: readonly Item16SpecificHs[];
  catchAllMatrices: readonly CatchAllMatrix[];
  sanctions: readonly SanctionsProgram[];
  exemptions: readonly ExemptionDefinition[];
  residencyRules: readonly ResidencyRules[];
  tokuteiRegimes: readonly TokuteiRegime[];
}

export const DEFAULT_RULE_DATA: RuleDataSet = {
  countryLists: COUNTRY_LISTS,
  eulVersions: EUL_VERSIONS,
  listItemTables: LIST_ITEM_TABLES,
  item16SpecificHs: ITEM_16_1_HS,
  catchAllMatrices: CATCH_ALL_MATRICES,
  sanctions: SANCTIONS_PROGRAMS,
  exemptions: EXEMPTION_DEFINITIONS,
  residencyRules: RESIDENCY_RULES,
  tokuteiRegimes: TOKUTEI_REGIMES,
};

/** The rule data in force on one date, plus the version of every record used (stored with the decision). */
export interface RuleDataSnapshot {
  asOf: IsoDate;
  groupA: CountryList | null;
  groupBKnown: CountryList | null;
  unArmsEmbargo: CountryList | null;
  concernCountries: CountryList | null;
  eul: EulVersion | null;
  listItems: ListItemTable | null;
  /** `null` before 2025-10-09: item 16 was not yet split into 16(1)/16(2). */
  item16SpecificHs: Item16SpecificHs | null;
  catchAllMatrix: CatchAllMatrix | null;
  residencyRules: ResidencyRules | null;
  /** `null` before 2022-05-01: 特定類型 not yet in force. */
  tokutei: TokuteiRegime | null;
  sanctions: readonly SanctionsProgram[];
  /** Renewable programmes whose recorded end date has passed (renewal must be checked by a human). */
  expiredRenewableSanctions: readonly SanctionsProgram[];
  exemptions: readonly ExemptionDefinition[];
  /** Data sets with no version in force on `asOf` (the engine then refuses to clear anything). */
  missing: string[];
  dataVersions: Record<string, string>;
}

/**
 * Selects every rule-data record in force on `asOf` (spec §11 maintenance rule 1: stamp each
 * determination with the versions used). Optional data (16(1) HS list, 特定類型) may legitimately be
 * absent on early dates; required data that is absent is reported in `missing`.
 */
export function selectRuleData(asOf: IsoDate, data: RuleDataSet = DEFAULT_RULE_DATA): RuleDataSnapshot {
  const list = (id: string) => selectEffective(data.countryLists, id, asOf);
  const snapshot: RuleDataSnapshot = {
    asOf,
    groupA: list("GROUP_A"),
    groupBKnown: list("GROUP_B_KNOWN"),
    unArmsEmbargo: list("UN_ARMS_EMBARGO"),
    concernCountries: list("CONCERN_COUNTRIES"),
    eul: selectEffective(data.eulVersions, "EUL", asOf),
    listItems: selectEffective(data.listItemTables, "LIST_ITEMS", asOf),
    item16SpecificHs: selectEffective(data.item16SpecificHs, "ITEM_16_1_HS", asOf),
    catchAllMatrix: selectEffective(data.catchAllMatrices, "CATCH_ALL_MATRIX", asOf),
    residencyRules: selectEffective(data.residencyRules, "RESIDENCY_RULES", asOf),
    tokutei: selectEffective(data.tokuteiRegimes, "TOKUTEI", asOf),
    sanctions: data.sanctions.filter((s) => isEffectiveOn(s, asOf)),
    expiredRenewableSanctions: data.sanctions.filter(
      (s) => s.renewable && s.effectiveTo !== null && s.effectiveTo < asOf,
    ),
    exemptions: data.exemptions.filter((e) => isEffectiveOn(e, asOf)).sort((a, b) => a.priority - b.priority),
    missing: [],
    dataVersions: {},
  };
  const required = {
    groupA: snapshot.groupA,
    groupBKnown: snapshot.groupBKnown,
    unArmsEmbargo: snapshot.unArmsEmbargo,
    concernCountries: snapshot.concernCountries,
    eul: snapshot.eul,
    listItems: snapshot.listItems,
    catchAllMatrix: snapshot.catchAllMatrix,
    residencyRules: snapshot.residencyRules,
  };
  for (const [key, value] of Object.entries(required)) {
    if (value) {
      snapshot.dataVersions[key] = value.version;
    } else {
      snapshot.missing.push(key);
    }
  }
  snapshot.dataVersions.item16Specific = snapshot.item16SpecificHs?.version ?? "not-in-force";
  snapshot.dataVersions.tokutei = snapshot.tokutei?.version ?? "not-in-force";
  snapshot.dataVersions.sanctions = snapshot.sanctions.map((s) => s.version).join(",") || "none";
  snapshot.dataVersions.exemptions = snapshot.exemptions.map((e) => e.version).join(",") || "none";
  return snapshot;
}
