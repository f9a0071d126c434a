import { typeChecked } from "@parley/eslint-config";
export default typeChecked;
