import { typeChecked } from "@parley/eslint-config";

export default [
  ...typeChecked,
  // The benchmark is a command-line tool: it reads its own environment.
  { rules: { "no-restricted-properties": "off" } },
];
