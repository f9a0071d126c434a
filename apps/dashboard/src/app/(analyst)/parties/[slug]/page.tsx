import { PartyDetail } from "@/features/parties/party-detail";
import type { SearchParams } from "@/features/analysis/view-state";
import { renderWithApi } from "@/lib/api";

export default async function PartyPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return renderWithApi(() => PartyDetail({ slug, searchParams: query }));
}
