export * from "./stance.js";
export * from "./movement.js";
export * from "./chains.js";
