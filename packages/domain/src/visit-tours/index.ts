export * from "./visit-tour-rules";
export * from "./visit-tour-types";
