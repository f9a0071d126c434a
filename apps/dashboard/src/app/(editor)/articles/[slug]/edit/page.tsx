import { renderForEditors } from "@/features/editing/editor-only";
import { ArticleEdit } from "@/features/articles/article-edit";
import { renderWithApi } from "@/lib/api";

export default async function ArticleEditPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return renderForEditors(() => renderWithApi(() => ArticleEdit({ slug: decodeURIComponent(slug) })));
}
