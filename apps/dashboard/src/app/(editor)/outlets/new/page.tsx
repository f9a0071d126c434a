import { renderForEditors } from "@/features/editing/editor-only";
import { OutletNew } from "@/features/outlets/outlet-edit";
import { renderWithApi } from "@/lib/api";

export default async function OutletNewPage() {
  return renderForEditors(() => renderWithApi(() => OutletNew()));
}
