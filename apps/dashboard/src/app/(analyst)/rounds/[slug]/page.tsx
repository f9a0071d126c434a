import { RoundDetail } from "@/features/rounds/round-detail";
import { renderWithApi } from "@/lib/api";

export default async function RoundDetailPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return renderWithApi(() => RoundDetail({ slug: slug }));
}
