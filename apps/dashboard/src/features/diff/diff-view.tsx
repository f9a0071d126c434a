// "What changed between Abu Dhabi round 1 and round 2?": per party and topic, what moved between two
// rounds or days (new, hardened, softened, reversed, dropped), with the positions and quotes on both sides.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data/data-table";
import { FilterBar } from "@/components/data/filter-bar";
import type { FilterField } from "@/components/data/filter-spec";
import { PageHeader } from "@/components/layout/page-header";
import { AnalysisTabs } from "@/features/analysis/analysis-tabs";
import { ReportedNote } from "@/features/analysis/reported-note";
import { loadAnalysisOptions, roundOptions, type AnalysisOptions } from "@/features/analysis/options";
import type { SearchParams } from "@/features/analysis/view-state";
import { ViewActions } from "@/features/export/view-actions";
import { exportHref, viewActionLabels } from "@/features/export/view-action-labels";
import { timelineHref } from "@/features/timeline/timeline-state";
import { getFormat, type Format } from "@/lib/format";
import { cn } from "@/lib/utils";
import type { Change } from "@/generated/enums";
import { CHANGES, DIFF_BASES, diffState, type Point } from "./diff-state";
import { DiffSide } from "./diff-side";
import { loadDiff } from "./load-diff";

const CHANGE_TONE: Record<Change, string> = {
  REVERSED: "border-foreground bg-foreground text-background",
  HARDENED: "border-orange-700 text-orange-900 dark:border-orange-300 dark:text-orange-200",
  SOFTENED: "border-violet-700 text-violet-900 dark:border-violet-300 dark:text-violet-200",
  NEW: "border-emerald-700 text-emerald-900 dark:border-emerald-300 dark:text-emerald-200",
  DROPPED: "border-muted-foreground border-dashed text-muted-foreground",
  UNCHANGED: "border-border text-muted-foreground",
};

function pointLabel(point: Point | null, options: AnalysisOptions, format: Format): string {
  if (!point) return "…";
  if ("date" in point) return format.partialDate({ on: point.date, precision: "DAY" });
  return options.rounds.find((r) => r.slug === point.round)?.title ?? point.round;
}

export async function DiffView({ searchParams }: { searchParams: SearchParams }) {
  const [t, tAnalysis, format, options, actionLabels] = await Promise.all([
    getTranslations("diff"),
    getTranslations("analysis"),
    getFormat(),
    loadAnalysisOptions(),
    viewActionLabels(),
  ]);
  const state = diffState(searchParams, options);
  const { rows, counts } = await loadDiff(state, format);
  const rounds = roundOptions(options);
  const fields: FilterField[] = [
    { kind: "select", key: "fromRound", label: t("fromRound"), options: rounds, anyLabel: t("chooseRound") },
    { kind: "select", key: "toRound", label: t("toRound"), options: rounds, anyLabel: t("chooseRound") },
    { kind: "dateRange", key: "date", label: t("orDays"), fromLabel: t("fromDay"), toLabel: t("toDay") },
    {
      kind: "select",
      key: "basis",
      label: t("basis"),
      options: DIFF_BASES.filter((b) => b !== "LATEST_AS_OF").map((b) => ({ value: b, label: t(`basisOption.${b}`) })),
      anyLabel: t("basisOption.LATEST_AS_OF"),
    },
    { kind: "select", key: "topic", label: tAnalysis("topic"), options: options.topics, anyLabel: tAnalysis("allTopics") },
    { kind: "multi", key: "parties", label: tAnalysis("parties"), options: options.parties, anyLabel: tAnalysis("allParties") },
    { kind: "toggle", key: "unchanged", label: t("showUnchanged"), defaultOn: false },
  ];
  const from = pointLabel(state.from, options, format);
  const to = pointLabel(state.to, options, format);
  const title = t("diffTitle", { from, to });
  const fileName = ["parley-diff", ...[state.from, state.to].map((p) => (p ? ("date" in p ? p.date : p.round) : ""))].filter(Boolean).join("-");

  return (
    <div>
      <PageHeader eyebrow={tAnalysis("eyebrow")} title={t("title")} description={t("description")} />
      <AnalysisTabs current="diff" />
      <FilterBar fields={fields} label={tAnalysis("filters")} />
      <section aria-labelledby="diff-title" className="rounded-lg border bg-card p-4">
        <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 id="diff-title" className="font-medium">
              {title}
            </h2>
            <p className="text-sm text-muted-foreground">{t(`basisHint.${state.basis}`)}</p>
          </div>
          <ViewActions exportHref={exportHref("diff", searchParams)} fileName={fileName} labels={actionLabels} />
        </div>
        <ul className="flex flex-wrap gap-2 text-sm" aria-label={t("counts")} data-testid="diff-counts">
          {CHANGES.map((c) => (
            <li key={c} className={cn("rounded-md border px-2 py-1", CHANGE_TONE[c])}>
              <span className="font-semibold tabular-nums">{format.number(counts[c])}</span> {t(`change.${c}`)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="diff-table" className="mt-6">
        <h2 id="diff-table" className="mb-2 font-medium">
          {t(state.showUnchanged ? "tableAll" : "tableMoved")}
        </h2>
        <DataTable
          caption={title}
          empty={!state.from || !state.to ? t("choose") : t("empty")}
          columns={[
            { id: "change", header: t("changeColumn") },
            { id: "party", header: tAnalysis("party") },
            { id: "topic", header: tAnalysis("topic") },
            { id: "before", header: t("before", { point: from }) },
            { id: "after", header: t("after", { point: to }) },
          ]}
          rows={rows.map((r) => ({
            id: r.id,
            cells: {
              change: (
                <span className="grid justify-items-start gap-1">
                  <span
                    className={cn("inline-block rounded-md border px-2 py-0.5 text-xs font-semibold whitespace-nowrap", CHANGE_TONE[r.change])}
                    data-testid="diff-change"
                    data-change={r.change}
                  >
                    {t(`change.${r.change}`)}
                  </span>
                  <ReportedNote reported={r.reported} word={tAnalysis("reported")} />
                </span>
              ),
              party: r.party.name,
              topic: (
                <a className="font-medium text-primary underline-offset-4 hover:underline" href={timelineHref([r.party.slug], r.topic.slug)}>
                  {r.topic.name}
                  {/* The move in context: the party's timeline draws the strikes and treaties around it. */}
                  <span className="block text-xs font-normal text-muted-foreground">{t("onTimeline")}</span>
                </a>
              ),
              before: <DiffSide statement={r.before} none={t("noneBefore")} />,
              after: <DiffSide statement={r.after} none={t("noneAfter")} />,
            },
          }))}
        />
      </section>
    </div>
  );
}
