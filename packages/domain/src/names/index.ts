export * from "./normalize.js";
export * from "./aliases.js";
