/** Public surface of issue 15 (export control and screening reach every person and party). */

export * from "./ftm-relations";
export * from "./lab-view";
export * from "./list-kind";
export * from "./list-sources";
export * from "./ownership";
export * from "./party-screening";
export * from "./records";
export * from "./self-audit";
export * from "./travel-reconciliation";
