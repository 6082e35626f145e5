export * from "./crm-rules";
export * from "./crm-types";
export * from "./partner-profile";
