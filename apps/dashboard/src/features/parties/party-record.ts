// A party as its form edits it, read from the API (the form's start and a conflict's other side).
import "server-only";
import { PartyEditByIdDocument, PartyEditDocument, type PartyEditPartsFragment } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { otherAliases } from "@/features/editing/own-names";
import type { PartyRecord } from "./party-form-schema";

function toRecord(p: PartyEditPartsFragment): PartyRecord {
  return {
    id: p.id,
    version: p.version,
    values: {
      name: p.name,
      shortName: p.shortName ?? "",
      slug: p.slug,
      kind: p.kind,
      description: p.description ?? "",
      aliases: otherAliases(p.aliases, [p.name, p.shortName]),
    },
  };
}

export async function loadPartyRecordBySlug(slug: string): Promise<PartyRecord | null> {
  const party = (await apiRequest(PartyEditDocument, { slug })).party;
  return party ? toRecord(party) : null;
}

export async function loadPartyRecord(id: string): Promise<PartyRecord | null> {
  const node = (await apiRequest(PartyEditByIdDocument, { id })).node;
  return node?.__typename === "Party" ? toRecord(node) : null;
}
