import base from "@parley/eslint-config";
export default [...base, { rules: { "no-restricted-properties": "off" } }];
