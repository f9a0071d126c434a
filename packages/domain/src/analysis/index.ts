export * from "./position-fact.js";
export * from "./diff.js";
export * from "./sticking-points.js";
