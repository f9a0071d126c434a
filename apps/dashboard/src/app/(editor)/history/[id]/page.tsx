import { RecordHistory } from "@/features/editing/record-history";
import { renderWithApi } from "@/lib/api";

export default async function RecordHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // Where "back" and a restore lead: the record's own page, passed by the link that came here.
  const back = typeof query.back === "string" && query.back.startsWith("/") && !query.back.startsWith("//") ? query.back : undefined;
  return renderWithApi(() => RecordHistory({ id: decodeURIComponent(id), recordHref: back ?? "/audit", backHref: back }));
}
