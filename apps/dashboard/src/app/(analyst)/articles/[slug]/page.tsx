import { ArticleReader } from "@/features/articles/article-reader";
import { renderWithApi } from "@/lib/api";

export default async function ArticleReaderPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return renderWithApi(() => ArticleReader({ slug: slug }));
}
