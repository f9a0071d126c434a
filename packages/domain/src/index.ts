export * from "./stance/index.js";
export * from "./dates/index.js";
export * from "./evidence/index.js";
export * from "./names/index.js";
export * from "./analysis/index.js";
export * from "./chronology/index.js";
export * from "./editorial/index.js";
export * from "./article/index.js";
