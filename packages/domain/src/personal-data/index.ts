export * from "./personal-data-types";
export * from "./retention-rules";
