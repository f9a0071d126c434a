// What the pickers find, per kind, on the server (the browser never calls the API itself).
import "server-only";
import {
  PickDemandsDocument,
  PickNamesDocument,
  PickOutletsDocument,
  PickPositionsDocument,
  PickQuotesDocument,
  PickRoundsDocument,
} from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { foldForMatching as fold } from "@/lib/format/fold";
import type { PickKind, PickOption } from "./pick-option";
import { topicTrail } from "./topic-trail";

const detailOf = (detail: string | undefined) => (detail ? { detail } : {});

const LIMIT = 12;

async function names(query: string, kind: "PARTY" | "PERSON" | "TOPIC"): Promise<PickOption[]> {
  const hits = (await apiRequest(PickNamesDocument, { query, kinds: [kind] })).searchNames;
  const options = hits.flatMap((hit): PickOption[] => {
    const record = hit.party ?? hit.person;
    const alias = (name: string) => (fold(hit.matched) !== fold(name) ? { detail: hit.matched } : {});
    if (record) return [{ id: record.id, label: record.name, ...alias(record.name) }];
    if (hit.topic)
      return [
        {
          id: hit.topic.id,
          label: hit.topic.name,
          ...detailOf(topicTrail(hit.topic)),
          ...(hit.topic.proposition ? { proposition: hit.topic.proposition } : {}),
        },
      ];
    return [];
  });
  // One record can match by several aliases: offer it once, by its best match.
  return options.filter((o, i) => options.findIndex((p) => p.id === o.id) === i);
}

async function rounds(query: string): Promise<PickOption[]> {
  const wanted = fold(query);
  const all = (await apiRequest(PickRoundsDocument, {})).rounds.edges.map((e) => e.node);
  return all
    .filter((r) => fold(r.title).includes(wanted))
    .slice(0, LIMIT)
    .map((r) => ({ id: r.id, label: r.title, ...(r.start.on ? { detail: r.start.on } : {}) }));
}

async function quotes(query: string): Promise<PickOption[]> {
  const articles = (await apiRequest(PickQuotesDocument, { query })).searchArticles.edges.map((e) => e.node.article);
  const words = fold(query).split(/\s+/).filter(Boolean);
  return articles
    .flatMap((a) => a.evidence.edges.map((e) => ({ id: e.node.id, label: e.node.quote, detail: a.title })))
    .filter((q) => words.some((w) => fold(q.label).includes(w)))
    .slice(0, LIMIT);
}

async function positions(text: string): Promise<PickOption[]> {
  const found = (await apiRequest(PickPositionsDocument, { text })).positions.edges.map((e) => e.node);
  return found.map((p) => ({ id: p.id, label: p.summary, detail: `${p.party.name} · ${p.topic.name}` }));
}

async function demands(text: string): Promise<PickOption[]> {
  const found = (await apiRequest(PickDemandsDocument, { text })).demands.edges.map((e) => e.node);
  return found.map((d) => ({ id: d.id, label: d.summary, detail: `${d.fromParty.name} · ${d.topic.name}` }));
}

async function outlets(text: string): Promise<PickOption[]> {
  const found = (await apiRequest(PickOutletsDocument, { text })).outlets.edges.map((e) => e.node);
  return found.map((o) => ({ id: o.id, label: o.name, ...detailOf(o.url ?? undefined) }));
}

export async function pick(kind: PickKind, query: string): Promise<PickOption[]> {
  const q = query.trim();
  if (q.length === 0) return [];
  switch (kind) {
    case "party":
      return names(q, "PARTY");
    case "person":
      return names(q, "PERSON");
    case "topic":
      return names(q, "TOPIC");
    case "round":
      return rounds(q);
    case "quote":
      return quotes(q);
    case "position":
      return positions(q);
    case "demand":
      return demands(q);
    case "outlet":
      return outlets(q);
  }
}
