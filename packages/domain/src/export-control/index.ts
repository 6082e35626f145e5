export {
  type AssessOptions,
  assessExportControl,
  EXPORT_CONTROL_ENGINE_VERSION,
  parseExportControlFacts,
} from "./assess";
export { type CatchAllEvaluation, type CatchAllInput, evaluateCatchAll } from "./catch-all";
export * from "./classification-record";
export * from "./data/catch-all-matrix";
export * from "./data/country-lists";
export * from "./data/eul";
export * from "./data/exemptions";
export * from "./data/list-items";
export * from "./data/regime";
export * from "./data/registry";
export * from "./data/sanctions";
export { isEffectiveOn, type SourceTag, selectEffective, type VersionedBase } from "./data/versioned";
export * from "./data-version-labels";
export {
  classifyDestination,
  type DestinationInfo,
  type ExportCountryGroup,
  resolveDestinationCountry,
} from "./destination";
export { type EulStatus, resolveEul } from "./end-user";
export { type ExemptionEvaluation, evaluateExemptions } from "./exemptions";
export { classifyItem, type ItemClassification } from "./list-control";
export { decideControl, mostRestrictive } from "./outcome";
export { classifyProvision, type ProvisionClassification } from "./provision";
export * from "./questionnaire";
export * from "./record-labels";
export { determineResidency, type ResidencyDetermination } from "./residency";
export * from "./result";
export * from "./retention";
export { RULE_IDS, RULES, type RuleId } from "./rule-catalogue";
export * from "./rule-titles-ja";
export * from "./rule-titles-ja";
export { evaluateSanctions, type SanctionsEvaluation, type SanctionsInput } from "./sanctions";
export * from "./schema";
export { concernSignals, isWmdRelated } from "./signals";
export { determineTokutei, type TokuteiDetermination, type TokuteiOptions } from "./tokutei";
export * from "./transaction-review";
