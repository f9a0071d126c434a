// Shared lint rules: strict TypeScript, no `any`, no non-null assertions, and configuration read only
// through each app's env module. `typeChecked` adds the rules that need type information.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const base = tseslint.config(
  { ignores: ["**/dist/**", "**/.next/**", "**/generated/**", "**/node_modules/**", "**/*.config.*", "**/next-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through the app's validated env module." }],
    },
  },
  {
    // Tests may assert what they have just checked (`data!`): a wrong assumption fails the test anyway.
    files: ["**/*.test.ts", "**/*.integration-test.ts", "**/*.e2e.ts", "**/testing/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    // Build and CLI scripts outside the apps' runtime may read their environment directly, and so may the
    // browser suite's support code (its ports, set by whoever runs it, as playwright.config.ts reads them).
    files: ["scripts/**", "tests/e2e/src/support/**", "src/support/**"],
    rules: { "no-restricted-properties": "off" },
  },
);

/** The base rules plus typescript-eslint's type-checked recommendations (each package's tsconfig). */
export const typeChecked = tseslint.config(
  ...base,
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: process.cwd() } } },
  {
    // Test matchers (expect.stringContaining, expect.arrayContaining…) are typed `any` by vitest.
    files: ["**/*.test.ts", "**/*.integration-test.ts", "**/*.e2e.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
    },
  },
  // Plain JavaScript (scripts, configs) is outside the TypeScript projects.
  { files: ["**/*.js", "**/*.mjs", "**/*.cjs"], ...tseslint.configs.disableTypeChecked },
);

export default base;
