/** Public surface of the security-clearance register (J9). */
export * from "./clearance";
