export * from "./audit";
export * from "./auth";
export * from "./cases";
export * from "./common";
export * from "./notifications";
export * from "./partners";
