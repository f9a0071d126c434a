// A party's stances as a compact grid: topics (hierarchy order) × the rounds at which the party stated
// something, then its latest stance. A round's cell is the latest position as of that round; `stated`
// tells whether it was stated there or carried from before. Pure, so it is unit-tested.

export interface GridColumn {
  slug: string;
  title: string;
}

export interface GridCell<S> {
  statement: S;
  /** Stated at this round (false: an earlier stance, still the latest as of the round). */
  stated: boolean;
}

export interface GridRow<S> {
  topic: { slug: string; name: string; depth: number };
  /** One per column, null where the party had said nothing on the topic yet. */
  cells: (GridCell<S> | null)[];
  latest: S | null;
}

export interface StanceGrid<S> {
  columns: GridColumn[];
  rows: GridRow<S>[];
}

interface Input<S> {
  rounds: readonly GridColumn[];
  acrossRounds: readonly { round: string; topic: string; stated: boolean; statement: S }[];
  /** Topics in hierarchy order ("territory/donbas"). */
  topics: readonly { slug: string; name: string; path: string }[];
  latest: readonly { topic: string; statement: S }[];
}

export function stanceGrid<S>({ rounds, acrossRounds, topics, latest }: Input<S>): StanceGrid<S> {
  const spoken = new Set(acrossRounds.filter((c) => c.stated).map((c) => c.round));
  const columns = rounds.filter((r) => spoken.has(r.slug));
  const byCell = new Map(acrossRounds.map((c) => [`${c.topic}/${c.round}`, c]));
  const latestByTopic = new Map(latest.map((c) => [c.topic, c.statement]));
  const rootDepth = Math.min(...topics.map((t) => t.path.split("/").length));
  return {
    columns,
    rows: topics.map((t) => ({
      topic: { slug: t.slug, name: t.name, depth: t.path.split("/").length - rootDepth },
      cells: columns.map((r) => {
        const cell = byCell.get(`${t.slug}/${r.slug}`);
        return cell ? { statement: cell.statement, stated: cell.stated } : null;
      }),
      latest: latestByTopic.get(t.slug) ?? null,
    })),
  };
}
