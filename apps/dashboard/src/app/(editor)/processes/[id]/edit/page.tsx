import { renderForEditors } from "@/features/editing/editor-only";
import { ProcessEdit } from "@/features/processes/process-edit";
import { renderWithApi } from "@/lib/api";

export default async function ProcessEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return renderForEditors(() => renderWithApi(() => ProcessEdit({ id: decodeURIComponent(id) })));
}
