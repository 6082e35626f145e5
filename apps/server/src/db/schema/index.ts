export * from "./audit";
export * from "./institutions";
export * from "./partners";
export * from "./platform";
export * from "./users";
export * from "./cases";
