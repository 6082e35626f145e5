export * from "./audit";
export * from "./cases";
export * from "./institutions";
export * from "./partners";
export * from "./platform";
export * from "./users";
