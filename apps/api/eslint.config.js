import { typeChecked } from "@parley/eslint-config";

export default [
  ...typeChecked,
  {
    // Apollo's plugin hooks are async by contract, whether or not a hook awaits anything.
    rules: { "@typescript-eslint/require-await": "off" },
  },
];
