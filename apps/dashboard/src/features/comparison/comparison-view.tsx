// "Where did every party stand at Abu Dhabi round 2?": parties × topics at a round or a day, each cell
// coloured on the diverging stance scale, with its summary and evidence; a cell opens its quotes.
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/data/filter-bar";
import type { FilterField } from "@/components/data/filter-spec";
import { PageHeader } from "@/components/layout/page-header";
import type { Stance } from "@/generated/enums";
import { AnalysisTabs } from "@/features/analysis/analysis-tabs";
import { loadAnalysisOptions, roundOptions } from "@/features/analysis/options";
import { statementLabels } from "@/features/analysis/statement-labels";
import { STANCE_SCALE } from "@/features/analysis/stance-scale";
import type { SearchParams } from "@/features/analysis/view-state";
import { ViewActions } from "@/features/export/view-actions";
import { exportHref, viewActionLabels } from "@/features/export/view-action-labels";
import { timelineHref } from "@/features/timeline/timeline-state";
import { getFormat } from "@/lib/format";
import { comparisonState } from "./comparison-state";
import { cellKey, loadComparison } from "./load-comparison";
import { StatementDialogHost } from "@/features/analysis/statement-dialog-host";
import { MatrixCell } from "./matrix-cell";
import { StanceLegend } from "./stance-legend";

export async function ComparisonView({ searchParams }: { searchParams: SearchParams }) {
  const [t, tAnalysis, format, options, actionLabels, labels] = await Promise.all([
    getTranslations("comparison"),
    getTranslations("analysis"),
    getFormat(),
    loadAnalysisOptions(),
    viewActionLabels(),
    statementLabels(),
  ]);
  const state = comparisonState(searchParams, options);
  const matrix = await loadComparison(state, format);
  const fields: FilterField[] = [
    { kind: "select", key: "round", label: t("round"), options: roundOptions(options), anyLabel: t("latestRound") },
    { kind: "text", key: "date", label: t("date"), placeholder: "YYYY-MM-DD" },
    { kind: "select", key: "topic", label: tAnalysis("topic"), options: options.topics, anyLabel: tAnalysis("allTopics") },
    { kind: "toggle", key: "sub", label: tAnalysis("includeSubtopics"), defaultOn: true },
    { kind: "multi", key: "parties", label: tAnalysis("parties"), options: options.parties, anyLabel: tAnalysis("allParties") },
  ];
  const roundTitle = options.rounds.find((r) => r.slug === state.round)?.title;
  const at = state.date ? format.partialDate({ on: state.date, precision: "DAY" }) : (roundTitle ?? "");
  const stances = Object.fromEntries(STANCE_SCALE.map((s) => [s, format.enumLabel("Stance", s)])) as Record<Stance, string>;
  const title = t("matrixTitle", { at });
  const fileName = ["parley-matrix", state.date ?? state.round ?? ""].filter(Boolean).join("-");

  return (
    <div>
      <PageHeader eyebrow={tAnalysis("eyebrow")} title={t("title")} description={t("description")} />
      <AnalysisTabs current="matrix" />
      <FilterBar fields={fields} label={tAnalysis("filters")} />
      <section aria-labelledby="matrix-title" className="rounded-lg border bg-card p-4">
        <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 id="matrix-title" className="font-medium">
              {title}
            </h2>
            <p className="text-sm text-muted-foreground">{t(state.date ? "hintDate" : "hintRound", { count: matrix.cells.size })}</p>
          </div>
          <ViewActions exportHref={exportHref("matrix", searchParams)} fileName={fileName} labels={actionLabels} />
        </div>
        <StanceLegend title={tAnalysis("scale")} hint={tAnalysis("scaleHint")} labels={stances} />
        {matrix.cells.size === 0 ? (
          <p className="text-sm text-muted-foreground">{t("empty")}</p>
        ) : (
          <StatementDialogHost statements={[...matrix.cells.values()].map((c) => c.statement)} labels={labels}>
            <div className="overflow-x-auto">
              <table className="w-full border-separate border-spacing-1 text-sm" data-testid="matrix">
                <caption className="sr-only">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="px-2 text-left text-xs font-medium text-muted-foreground">
                      {tAnalysis("topic")}
                    </th>
                    {matrix.parties.map((p) => (
                      <th key={p.slug} scope="col" className="px-2 text-left font-medium">
                        {p.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {matrix.topics.map((topic) => (
                    <tr key={topic.slug}>
                      <th scope="row" className="min-w-40 px-2 py-1 text-left align-top font-medium" style={{ paddingLeft: `${0.5 + topic.depth}rem` }}>
                        <a className="underline-offset-4 hover:underline" href={timelineHref(matrix.parties.map((p) => p.slug).slice(0, 6), topic.slug)}>
                          {topic.name}
                        </a>
                      </th>
                      {matrix.parties.map((party) => {
                        const cell = matrix.cells.get(cellKey(topic.slug, party.slug));
                        return (
                          <td key={party.slug} className="h-px p-0 align-top">
                            {cell ? (
                              <MatrixCell
                                statement={cell.statement}
                                evidenceLabel={t("evidence", { count: cell.evidenceCount })}
                                carriedLabel={state.round && !cell.statedAtRound ? t("carried", { date: cell.statement.dateLabel }) : null}
                              />
                            ) : (
                              <span className="block p-2 text-xs text-muted-foreground">{t("noPosition")}</span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </StatementDialogHost>
        )}
      </section>
    </div>
  );
}
