// "Where are the parties furthest apart?": topics ranked by how far apart the parties' latest stances
// are and how long nothing has moved; each opens its timeline with the same parties.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data/data-table";
import { FilterBar } from "@/components/data/filter-bar";
import type { FilterField } from "@/components/data/filter-spec";
import { PageHeader } from "@/components/layout/page-header";
import { AnalysisTabs } from "@/features/analysis/analysis-tabs";
import { loadAnalysisOptions } from "@/features/analysis/options";
import { statementLabels } from "@/features/analysis/statement-labels";
import type { SearchParams } from "@/features/analysis/view-state";
import { ViewActions } from "@/features/export/view-actions";
import { exportHref, viewActionLabels } from "@/features/export/view-action-labels";
import { timelineHref } from "@/features/timeline/timeline-state";
import { getFormat } from "@/lib/format";
import { StatementDialogHost } from "@/features/analysis/statement-dialog-host";
import { StanceButton } from "./stance-button";
import { loadStickingPoints } from "./load-sticking-points";
import { stickingPointsState } from "./sticking-points-state";

export async function StickingPointsView({ searchParams }: { searchParams: SearchParams }) {
  const [t, tAnalysis, format, options, actionLabels, labels] = await Promise.all([
    getTranslations("stickingPoints"),
    getTranslations("analysis"),
    getFormat(),
    loadAnalysisOptions(),
    viewActionLabels(),
    statementLabels(),
  ]);
  const state = stickingPointsState(searchParams, options);
  const rows = await loadStickingPoints(state, format);
  const fields: FilterField[] = [
    { kind: "text", key: "asOf", label: t("asOf"), placeholder: "YYYY-MM-DD" },
    { kind: "multi", key: "parties", label: tAnalysis("parties"), options: options.parties, anyLabel: tAnalysis("allParties") },
  ];
  const asOf = state.asOf ? format.partialDate({ on: state.asOf, precision: "DAY" }) : t("today");
  const title = t("tableTitle", { asOf });

  return (
    <div>
      <PageHeader eyebrow={tAnalysis("eyebrow")} title={t("title")} description={t("description")} />
      <AnalysisTabs current="sticking-points" />
      <FilterBar fields={fields} label={tAnalysis("filters")} />
      <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="font-medium">{title}</h2>
          <p className="text-sm text-muted-foreground">{t("rule")}</p>
        </div>
        <ViewActions
          exportHref={exportHref("sticking-points", searchParams)}
          fileName={["parley-sticking-points", state.asOf ?? ""].filter(Boolean).join("-")}
          labels={actionLabels}
        />
      </div>
      <StatementDialogHost statements={rows.flatMap((r) => r.statements)} labels={labels}>
        <DataTable
          caption={title}
          empty={t("empty")}
          columns={[
            { id: "rank", header: t("rank"), className: "w-12" },
            { id: "topic", header: tAnalysis("topic") },
            { id: "gap", header: t("gap") },
            { id: "unmoved", header: t("unmoved") },
            { id: "stances", header: t("stances") },
          ]}
          rows={rows.map((r) => ({
            id: r.topic.slug,
            cells: {
              rank: <span className="tabular-nums">{r.rank}</span>,
              topic: (
                <a
                  className="font-medium text-primary underline-offset-4 hover:underline"
                  href={timelineHref([...new Set(r.statements.map((s) => s.party.slug))].slice(0, 6), r.topic.slug)}
                  data-testid="sticking-topic"
                >
                  {r.topic.name}
                </a>
              ),
              gap: (
                <span className="flex items-center gap-2">
                  <span aria-hidden className="h-2 w-16 overflow-hidden rounded-full bg-muted">
                    <span className="block h-full bg-foreground/70" style={{ width: `${Math.round(r.gap * 100)}%` }} />
                  </span>
                  <span className="tabular-nums">{format.number(Math.round(r.gap * 100))}%</span>
                </span>
              ),
              unmoved: (
                <span className="whitespace-nowrap">
                  {r.unmovedSince ? t("since", { date: format.partialDate(r.unmovedSince) }) : "—"}
                  <span className="block text-xs text-muted-foreground">{t("days", { count: r.unmovedDays })}</span>
                </span>
              ),
              stances: (
                <ul className="flex flex-wrap gap-1">
                  {r.statements.map((s) => (
                    <li key={s.id}>
                      <StanceButton statement={s} />
                    </li>
                  ))}
                </ul>
              ),
            },
          }))}
        />
      </StatementDialogHost>
    </div>
  );
}
