import { PositionHistory } from "@/features/positions/position-history";
import { renderWithApi } from "@/lib/api";

export default async function PositionHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const at = typeof query.at === "string" ? query.at : undefined;
  return renderWithApi(() => PositionHistory({ id: decodeURIComponent(id), at }));
}
