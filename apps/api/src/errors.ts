// Where the platform (server, security) finds the error contract; it lives in graphql/error-formatting.ts.
export * from "./graphql/error-formatting.js";
