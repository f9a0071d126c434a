import { typeChecked } from "@parley/eslint-config";

export default [
  ...typeChecked,
  {
    // Apollo's plugin hooks are async by contract, whether or not a hook awaits anything.
    rules: { "@typescript-eslint/require-await": "off" },
  },
  {
    // The platform (server, security, cache, auth, config, CLI) is being reworked on its own branch and
    // moves to platform/ after that merge; until then these rules are not applied to it.
    files: ["src/server.ts", "src/main.ts", "src/logger.ts", "src/security/**", "src/cache/**", "src/auth/**", "src/config/**", "src/cli/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-enum-comparison": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
    },
  },
];
