// An article's mentions: the catalog's spellings found in its body, grouped per record, most mentioned first.
import { findMentions } from "@parley/domain";
import type { MentionCatalog, MentionTarget } from "./mention-catalog.js";

export interface MentionOccurrence {
  alias: string;
  start: number;
  end: number;
  text: string;
}

export interface ArticleMention {
  target: MentionTarget;
  occurrences: MentionOccurrence[];
}

export function articleMentions(body: string, catalog: MentionCatalog): ArticleMention[] {
  const byTarget = new Map<string, ArticleMention>();
  for (const span of findMentions(body, catalog.aliases)) {
    const target = catalog.targets.get(span.target);
    if (!target) continue;
    const mention = byTarget.get(span.target) ?? { target, occurrences: [] };
    mention.occurrences.push({ alias: span.alias, start: span.start, end: span.end, text: body.slice(span.start, span.end) });
    byTarget.set(span.target, mention);
  }
  return [...byTarget.values()].sort((a, b) => b.occurrences.length - a.occurrences.length || (a.occurrences[0]?.start ?? 0) - (b.occurrences[0]?.start ?? 0));
}
