export * from "./policy-types";
