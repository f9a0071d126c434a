// Splits an article body into runs of text, each with the quotes that cover it, so every quote can be
// highlighted even where quotes overlap. Offsets are UTF-16 code units, end exclusive (as stored).

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Run {
  text: string;
  /** Quotes covering this run, the one starting last first (the innermost when nested). */
  quotes: string[];
  /** Quotes that start at this run (their anchors go here). */
  starts: string[];
}

export function highlightRuns(body: string, spans: readonly Span[]): Run[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= body.length && s.start < s.end);
  const cuts = [...new Set([0, body.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? body.length;
    const covering = valid.filter((s) => s.start <= from && s.end >= to).sort((a, b) => b.start - a.start);
    runs.push({ text: body.slice(from, to), quotes: covering.map((s) => s.id), starts: valid.filter((s) => s.start === from).map((s) => s.id) });
  }
  return runs;
}
