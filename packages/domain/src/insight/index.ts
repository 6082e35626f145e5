export * from "./case-library";
export * from "./fiscal-year";
export * from "./hub-scope";
export * from "./indicators";
export * from "./mext-survey";
export * from "./partner-class";
export * from "./survey-categories";
export * from "./survey-records";
