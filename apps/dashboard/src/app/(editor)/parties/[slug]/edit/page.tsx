import { renderForEditors } from "@/features/editing/editor-only";
import { PartyEdit } from "@/features/parties/party-edit";
import { renderWithApi } from "@/lib/api";

export default async function PartyEditPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return renderForEditors(() => renderWithApi(() => PartyEdit({ slug: decodeURIComponent(slug) })));
}
