import { PartyDetail } from "@/features/parties/party-detail";
import { renderWithApi } from "@/lib/api";

export default async function PartyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return renderWithApi(() => PartyDetail({ slug }));
}
