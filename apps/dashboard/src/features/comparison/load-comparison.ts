// The matrix: one comparison query; cells keyed by topic and party for the grid.
import "server-only";
import type { Stance } from "@/generated/enums";
import { ComparisonMatrixDocument } from "@/generated/graphql";
import { toStatement, type StatementView } from "@/features/analysis/statement";
import { apiRequest } from "@/lib/api";
import type { Format } from "@/lib/format";
import type { ComparisonState } from "./comparison-state";

export interface MatrixCell {
  statement: StatementView;
  stance: Stance;
  evidenceCount: number;
  statedAtRound: boolean;
}

export interface Matrix {
  parties: { slug: string; name: string }[];
  topics: { slug: string; name: string; depth: number }[];
  /** `${topic}/${party}` → cell. */
  cells: Map<string, MatrixCell>;
}

export function cellKey(topic: string, party: string): string {
  return `${topic}/${party}`;
}

export async function loadComparison(state: ComparisonState, format: Format): Promise<Matrix> {
  if (!state.at) return { parties: [], topics: [], cells: new Map() };
  const { comparison } = await apiRequest(ComparisonMatrixDocument, {
    at: state.at,
    parties: state.parties.length > 0 ? state.parties : null,
    topic: state.topic ?? null,
    includeSubtopics: state.includeSubtopics,
  });
  const rootDepth = Math.min(...comparison.topics.map((t) => t.path.split("/").length));
  return {
    parties: comparison.parties.map((p) => ({ slug: p.slug, name: p.shortName ?? p.name })),
    topics: comparison.topics.map((t) => ({ slug: t.slug, name: t.name, depth: t.path.split("/").length - rootDepth })),
    cells: new Map(
      comparison.cells.map((c) => [
        cellKey(c.topic.slug, c.party.slug),
        { statement: toStatement(c.position, format), stance: c.stance, evidenceCount: c.evidenceCount, statedAtRound: c.statedAtRound },
      ]),
    ),
  };
}
