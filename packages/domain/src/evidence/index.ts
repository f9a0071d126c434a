export * from "./quote-span.js";
