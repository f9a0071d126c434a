import { renderForEditors } from "@/features/editing/editor-only";
import { TopicEdit } from "@/features/topics/topic-edit";
import { renderWithApi } from "@/lib/api";

export default async function TopicEditPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return renderForEditors(() => renderWithApi(() => TopicEdit({ slug: decodeURIComponent(slug) })));
}
