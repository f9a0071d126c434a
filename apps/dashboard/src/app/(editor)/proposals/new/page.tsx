import { renderForEditors } from "@/features/editing/editor-only";
import { ProposalNew } from "@/features/proposals/proposal-edit";
import { renderWithApi } from "@/lib/api";

export default async function ProposalNewPage() {
  return renderForEditors(() => renderWithApi(() => ProposalNew()));
}
