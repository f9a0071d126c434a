import { DelegationNew } from "@/features/delegations/delegation-edit";
import { renderForEditors } from "@/features/editing/editor-only";
import { renderWithApi } from "@/lib/api";

export default async function DelegationNewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { round } = await searchParams;
  return renderForEditors(() => renderWithApi(() => DelegationNew({ roundSlug: typeof round === "string" ? round : undefined })));
}
