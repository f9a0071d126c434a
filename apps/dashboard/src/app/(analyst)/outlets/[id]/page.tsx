import { OutletDetail } from "@/features/outlets/outlet-detail";
import { renderWithApi } from "@/lib/api";

export default async function OutletDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return renderWithApi(() => OutletDetail({ id: decodeURIComponent(id) }));
}
