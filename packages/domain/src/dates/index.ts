export * from "./partial-date.js";
