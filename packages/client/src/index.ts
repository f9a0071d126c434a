// Typed documents for the Parley API: pass one to any GraphQL client that understands TypedDocumentNode
// (or to `print()` and fetch) and get typed variables and results.
export * from "./generated/graphql.js";
