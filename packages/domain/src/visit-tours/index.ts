export * from "./visit-tour-types";
