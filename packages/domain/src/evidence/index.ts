export * from "./quote-span.js";
export * from "./text-quote-selector.js";
