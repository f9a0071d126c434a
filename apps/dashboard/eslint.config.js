import base from "@parley/eslint-config";
export default base;
