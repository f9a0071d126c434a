import { PersonDetail } from "@/features/people/person-detail";
import { renderWithApi } from "@/lib/api";

export default async function PersonDetailPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return renderWithApi(() => PersonDetail({ slug: slug }));
}
