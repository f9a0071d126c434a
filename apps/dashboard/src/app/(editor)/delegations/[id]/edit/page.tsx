import { renderForEditors } from "@/features/editing/editor-only";
import { DelegationEdit } from "@/features/delegations/delegation-edit";
import { renderWithApi } from "@/lib/api";

export default async function DelegationEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return renderForEditors(() => renderWithApi(() => DelegationEdit({ id: decodeURIComponent(id) })));
}
