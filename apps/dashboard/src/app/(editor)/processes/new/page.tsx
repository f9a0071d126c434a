import { renderForEditors } from "@/features/editing/editor-only";
import { ProcessNew } from "@/features/processes/process-edit";
import { renderWithApi } from "@/lib/api";

export default async function ProcessNewPage() {
  return renderForEditors(() => renderWithApi(() => ProcessNew()));
}
