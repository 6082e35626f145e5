export * from "./audit";
export * from "./institutions";
export * from "./partners";
export * from "./screening";
export * from "./users";
