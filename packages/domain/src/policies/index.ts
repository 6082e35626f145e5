export * from "./policy-types";
export * from "./policy-versions";
