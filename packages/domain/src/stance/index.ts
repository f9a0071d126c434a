export * from "./stance.js";
export * from "./movement.js";
