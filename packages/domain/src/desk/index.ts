export * from "./desk-rules";
export * from "./desk-types";
export * from "./lab-profile";
