import { renderForEditors } from "@/features/editing/editor-only";
import { RoundEdit } from "@/features/rounds/round-edit";
import { renderWithApi } from "@/lib/api";

export default async function RoundEditPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return renderForEditors(() => renderWithApi(() => RoundEdit({ slug: decodeURIComponent(slug) })));
}
