export * from "./state-change.js";
