import type { SearchParams } from "@/features/analysis/view-state";
import { TopicDetail } from "@/features/topics/topic-detail";
import { renderWithApi } from "@/lib/api";

export default async function TopicDetailPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return renderWithApi(() => TopicDetail({ slug, searchParams: query }));
}
