export * from "./personal-data-types";
