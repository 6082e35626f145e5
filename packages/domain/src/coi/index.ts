/** Public surface of conflict of interest and research integrity (issue 13). */
export * from "./coi-access";
export * from "./coi-gate";
export * from "./coi-rules";
export * from "./coi-schemas";
export * from "./conflict-of-commitment";
export * from "./declaration-retention";
export * from "./declaration-workflow";
export * from "./funding-application";
export * from "./institutional-coi";
export * from "./management-plan";
export * from "./research-security";
export * from "./self-check";
export * from "./tokutei-from-profile";
export * from "./training";
export * from "./triggers";
