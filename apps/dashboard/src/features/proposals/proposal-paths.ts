// Where an API error inside a proposal's versions lands in the form: "input.versions.0.points.2.text"
// is the form's "versions.0.points.2.text".
import type { Path } from "react-hook-form";
import type { ProposalFormValues } from "./proposal-form-schema";

const NESTED = /^versions\.\d+\.(?:number|label|presented|round|summary|pointCount|pointCountNote|points|points\.\d+\.(?:number|text|topic))$/;

function isProposalPath(path: string): path is Path<ProposalFormValues> {
  return NESTED.test(path);
}

export function proposalFieldOf(apiField: string): Path<ProposalFormValues> | undefined {
  const path = apiField.startsWith("input.") ? apiField.slice("input.".length) : apiField;
  return isProposalPath(path) ? path : undefined;
}
