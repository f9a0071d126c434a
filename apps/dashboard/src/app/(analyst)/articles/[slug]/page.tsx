import { ArticleReader } from "@/features/articles/article-reader";
import { SPEAKER_PARAM } from "@/features/mentions/speaker-param";
import { renderWithApi } from "@/lib/api";

export default async function ArticleReaderPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const speaker = query[SPEAKER_PARAM];
  return renderWithApi(() => ArticleReader({ slug, speaker: typeof speaker === "string" ? speaker : undefined }));
}
