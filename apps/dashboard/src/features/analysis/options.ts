// The pickers' choices for every analysis view, loaded once per request.
import "server-only";
import { cache } from "react";
import type { FilterOption } from "@/components/data/filter-spec";
import { AnalysisOptionsDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { PartialDateValue } from "@/lib/format";
import { daySpan, type DaySpan } from "./date-span";

export interface RoundOption {
  slug: string;
  title: string;
  start: PartialDateValue;
  /** The days the round may cover (start to end); null when undated. */
  span: DaySpan | null;
}

export interface AnalysisOptions {
  parties: FilterOption[];
  topics: FilterOption[];
  rounds: RoundOption[];
}

export const loadAnalysisOptions = cache(async (): Promise<AnalysisOptions> => {
  const data = await apiRequest(AnalysisOptionsDocument, {});
  return {
    parties: data.parties.edges.map(({ node }) => ({ value: node.slug, label: node.shortName ?? node.name })),
    // Paths are "territory/donbas": the depth indents the choice under its parent.
    topics: data.topics.edges.map(({ node }) => ({ value: node.slug, label: node.name, depth: node.path.split("/").length - 1 })),
    rounds: data.rounds.edges.map(({ node }) => {
      const start = daySpan(node.start);
      const end = daySpan(node.end);
      return {
        slug: node.slug,
        title: node.title,
        start: node.start,
        span: start ? { start: start.start, end: end && end.end > start.end ? end.end : start.end } : null,
      };
    }),
  };
});

export function roundOptions(options: AnalysisOptions): FilterOption[] {
  return options.rounds.map((r) => ({ value: r.slug, label: r.title }));
}
