import { DemandDetail } from "@/features/demands/demand-detail";
import { renderWithApi } from "@/lib/api";

export default async function DemandDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return renderWithApi(() => DemandDetail({ id: decodeURIComponent(id) }));
}
