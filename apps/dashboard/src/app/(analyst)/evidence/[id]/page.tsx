import { EvidenceDetail } from "@/features/evidence/evidence-detail";
import { renderWithApi } from "@/lib/api";

export default async function EvidenceDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return renderWithApi(() => EvidenceDetail({ id: decodeURIComponent(id) }));
}
