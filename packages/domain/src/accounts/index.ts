export * from "./account-policy";
export * from "./admin-rules";
export * from "./sign-in-policy";
export * from "./sso-identity";
export * from "./sso-match";
export * from "./user-import";
