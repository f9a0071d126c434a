import { renderForEditors } from "@/features/editing/editor-only";
import { OutletEdit } from "@/features/outlets/outlet-edit";
import { renderWithApi } from "@/lib/api";

export default async function OutletEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return renderForEditors(() => renderWithApi(() => OutletEdit({ id: decodeURIComponent(id) })));
}
