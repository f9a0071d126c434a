import { renderForEditors } from "@/features/editing/editor-only";
import { PersonNew } from "@/features/people/person-edit";
import { renderWithApi } from "@/lib/api";

export default async function PersonNewPage() {
  return renderForEditors(() => renderWithApi(() => PersonNew()));
}
