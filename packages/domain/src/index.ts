export * from "./shared/roles";
export * from "./shared/dates";
export * from "./shared/decision";
export * from "./shared/errors";
