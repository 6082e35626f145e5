/** Public surface of confidential information (issue 12). Deep imports are forbidden by the boundary check. */
export * from "./secret-access";
export * from "./secret-end";
export * from "./secret-leakage";
export * from "./secret-scheme";
export * from "./secret-types";
export * from "./secret-walls";
