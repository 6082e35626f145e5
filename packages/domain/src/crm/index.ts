export * from "./crm-types";
export * from "./partner-profile";
