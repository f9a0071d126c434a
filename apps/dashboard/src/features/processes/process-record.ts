// A process as its form edits it, read from the API (the form's start and a conflict's other side).
import "server-only";
import { ProcessEditDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { ProcessRecord } from "./process-form-schema";

export async function loadProcessRecord(id: string): Promise<ProcessRecord | null> {
  const p = (await apiRequest(ProcessEditDocument, { id })).node;
  if (p?.__typename !== "NegotiationProcess") return null;
  return { id: p.id, version: p.version, values: { name: p.name, slug: p.slug, description: p.description ?? "" } };
}
