export * from "./statement-time.js";
export * from "./movement-choice.js";
export * from "./derived-movements.js";
