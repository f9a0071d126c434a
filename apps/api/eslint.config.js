import { typeChecked } from "@parley/eslint-config";

export default [
  ...typeChecked,
  {
    // Apollo's plugin hooks are async by contract, whether or not a hook awaits anything.
    rules: { "@typescript-eslint/require-await": "off" },
  },
  {
    // The platform (server, security, cache, auth, config, CLI) is not yet held to these rules.
    files: ["src/platform/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-enum-comparison": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
    },
  },
];
