import { renderForEditors } from "@/features/editing/editor-only";
import { PartyNew } from "@/features/parties/party-edit";
import { renderWithApi } from "@/lib/api";

export default async function PartyNewPage() {
  return renderForEditors(() => renderWithApi(() => PartyNew()));
}
