// An outlet as its form edits it, read from the API (the form's start and a conflict's other side).
import "server-only";
import { OutletEditDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { OutletRecord } from "./outlet-form-schema";

export async function loadOutletRecord(id: string): Promise<OutletRecord | null> {
  const o = (await apiRequest(OutletEditDocument, { id })).node;
  if (o?.__typename !== "Outlet") return null;
  return { id: o.id, version: o.version, values: { name: o.name, slug: o.slug, url: o.url ?? "", country: o.country ?? "", language: o.language ?? "" } };
}
