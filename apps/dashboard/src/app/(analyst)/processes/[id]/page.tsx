import { ProcessDetail } from "@/features/processes/process-detail";
import { renderWithApi } from "@/lib/api";

export default async function ProcessDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return renderWithApi(() => ProcessDetail({ id: decodeURIComponent(id) }));
}
