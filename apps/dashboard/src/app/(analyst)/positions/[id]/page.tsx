import { PositionDetail } from "@/features/positions/position-detail";
import { renderWithApi } from "@/lib/api";

export default async function PositionDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return renderWithApi(() => PositionDetail({ id: decodeURIComponent(id) }));
}
