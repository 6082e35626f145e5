export * from "./desk-types";
