import { ProposalDetail } from "@/features/proposals/proposal-detail";
import { renderWithApi } from "@/lib/api";

export default async function ProposalDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return renderWithApi(() => ProposalDetail({ id: decodeURIComponent(id) }));
}
