import { renderForEditors } from "@/features/editing/editor-only";
import { QuoteEdit } from "@/features/evidence/quote-edit";
import { renderWithApi } from "@/lib/api";

export default async function QuoteEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return renderForEditors(() => renderWithApi(() => QuoteEdit({ id: decodeURIComponent(id) })));
}
