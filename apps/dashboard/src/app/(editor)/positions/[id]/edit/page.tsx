import { renderForEditors } from "@/features/editing/editor-only";
import { PositionEdit } from "@/features/positions/position-edit";
import { renderWithApi } from "@/lib/api";

export default async function PositionEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return renderForEditors(() => renderWithApi(() => PositionEdit({ id: decodeURIComponent(id) })));
}
