import { OverviewPage } from "@/features/overview/overview-page";
import { renderWithApi } from "@/lib/api";

export default async function Overview() {
  return renderWithApi(() => OverviewPage());
}
