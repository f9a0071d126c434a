import { renderForEditors } from "@/features/editing/editor-only";
import { ProposalEdit } from "@/features/proposals/proposal-edit";
import { renderWithApi } from "@/lib/api";

export default async function ProposalEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return renderForEditors(() => renderWithApi(() => ProposalEdit({ id: decodeURIComponent(id) })));
}
