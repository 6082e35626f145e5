export * from "./crm-types";
