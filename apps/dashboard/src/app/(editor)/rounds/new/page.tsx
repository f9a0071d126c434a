import { renderForEditors } from "@/features/editing/editor-only";
import { RoundNew } from "@/features/rounds/round-edit";
import { renderWithApi } from "@/lib/api";

export default async function RoundNewPage() {
  return renderForEditors(() => renderWithApi(() => RoundNew()));
}
