export * from "./audit";
export * from "./auth";
export * from "./common";
export * from "./export-control-records";
export * from "./notifications";
export * from "./partners";
