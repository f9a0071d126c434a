import { renderForEditors } from "@/features/editing/editor-only";
import { PersonEdit } from "@/features/people/person-edit";
import { renderWithApi } from "@/lib/api";

export default async function PersonEditPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return renderForEditors(() => renderWithApi(() => PersonEdit({ slug: decodeURIComponent(slug) })));
}
