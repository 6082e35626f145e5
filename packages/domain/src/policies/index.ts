export * from "./decision-day";
export * from "./policy-types";
export * from "./policy-versions";
