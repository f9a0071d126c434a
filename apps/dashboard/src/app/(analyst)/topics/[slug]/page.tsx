import { TopicDetail } from "@/features/topics/topic-detail";
import { renderWithApi } from "@/lib/api";

export default async function TopicDetailPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return renderWithApi(() => TopicDetail({ slug: slug }));
}
