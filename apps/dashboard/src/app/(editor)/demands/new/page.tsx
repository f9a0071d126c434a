import { DemandNew } from "@/features/demands/demand-edit";
import { renderForEditors } from "@/features/editing/editor-only";
import { renderWithApi } from "@/lib/api";

export default async function DemandNewPage() {
  return renderForEditors(() => renderWithApi(() => DemandNew()));
}
