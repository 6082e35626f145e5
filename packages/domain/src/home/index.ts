export * from "./home-items";
