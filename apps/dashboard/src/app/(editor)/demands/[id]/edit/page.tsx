import { DemandEdit } from "@/features/demands/demand-edit";
import { renderForEditors } from "@/features/editing/editor-only";
import { renderWithApi } from "@/lib/api";

export default async function DemandEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return renderForEditors(() => renderWithApi(() => DemandEdit({ id: decodeURIComponent(id) })));
}
