// What moved between two points: one diff query, ordered by change (moves first), then party, topic.
import "server-only";
import type { Change } from "@/generated/enums";
import { StanceDiffDocument } from "@/generated/graphql";
import type { ReportedMovementView } from "@/features/analysis/reported-movement";
import { toStatement, type StatementView } from "@/features/analysis/statement";
import { apiRequest } from "@/lib/api";
import type { Format } from "@/lib/format";
import { CHANGES, type DiffState } from "./diff-state";

export interface DiffRow {
  id: string;
  change: Change;
  party: { slug: string; name: string };
  topic: { slug: string; name: string; path: string };
  before: StatementView | null;
  after: StatementView | null;
  /** A move the source reports between the two points (the later position's), shown beside the change. */
  reported: ReportedMovementView | null;
}

export interface DiffResult {
  rows: DiffRow[];
  /** How many entries of each kind, before hiding the unchanged ones. */
  counts: Record<Change, number>;
}

export async function loadDiff(state: DiffState, format: Format): Promise<DiffResult> {
  const counts = Object.fromEntries(CHANGES.map((c) => [c, 0])) as Record<Change, number>;
  if (!state.from || !state.to) return { rows: [], counts };
  const { diff } = await apiRequest(StanceDiffDocument, {
    from: state.from,
    to: state.to,
    basis: state.basis,
    parties: state.parties.length > 0 ? state.parties : null,
    topic: state.topic ?? null,
    includeSubtopics: state.includeSubtopics,
  });
  for (const entry of diff) counts[entry.change] += 1;
  const rows = diff
    .filter((e) => state.showUnchanged || e.change !== "UNCHANGED")
    .map((e) => {
      const after = e.after ? toStatement(e.after, format) : null;
      return {
        id: `${e.party.slug}/${e.topic.slug}`,
        change: e.change,
        party: { slug: e.party.slug, name: e.party.shortName ?? e.party.name },
        topic: { slug: e.topic.slug, name: e.topic.name, path: e.topic.path },
        before: e.before ? toStatement(e.before, format) : null,
        after,
        reported: after?.reported ?? null,
      };
    })
    .sort(
      (a, b) => CHANGES.indexOf(a.change) - CHANGES.indexOf(b.change) || a.party.name.localeCompare(b.party.name) || a.topic.path.localeCompare(b.topic.path),
    );
  return { rows, counts };
}
