/** Public surface of IP and agreements (issue 14). Deep imports are forbidden by the boundary check. */
export * from "./bayh-dole";
export * from "./deadlines";
export * from "./income";
export * from "./invention";
export * from "./ip-library-types";
export * from "./ip-sources";
export * from "./ip-types";
export * from "./jp-calendar";
export * from "./licence-policy";
export * from "./model-text-defaults";
export * from "./model-texts";
export * from "./national-project-ip";
export * from "./secrecy-check";
