import { renderForEditors } from "@/features/editing/editor-only";
import { IngestPage } from "@/features/ingest/ingest-page";
import { renderWithApi } from "@/lib/api";

export default async function NewArticlePage() {
  return renderForEditors(() => renderWithApi(() => IngestPage()));
}
