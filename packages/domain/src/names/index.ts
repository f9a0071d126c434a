export * from "./normalize.js";
