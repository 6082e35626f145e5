export * from "./audit";
export * from "./export-control-records";
export * from "./institutions";
export * from "./partners";
export * from "./platform";
export * from "./users";
