import { renderForEditors } from "@/features/editing/editor-only";
import { TopicNew } from "@/features/topics/topic-edit";
import { renderWithApi } from "@/lib/api";

export default async function TopicNewPage() {
  return renderForEditors(() => renderWithApi(() => TopicNew()));
}
