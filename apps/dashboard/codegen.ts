// The dashboard's typed documents: every feature keeps its .graphql next to the components that use it.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/features/**/*.graphql"],
  generates: {
    "src/generated/graphql.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: { Date: "string", DateTime: "string", ID: "string" },
        strictScalars: true,
      },
    },
    // Every enum of the schema (the operations file has only those its documents use), for lib/format.
    "src/generated/enums.ts": {
      plugins: ["typescript"],
      config: { onlyEnums: true, enumsAsTypes: true },
    },
  },
};

export default config;
