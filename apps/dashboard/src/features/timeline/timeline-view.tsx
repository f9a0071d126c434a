// "How did Russia's stance on the Donbas change, and who said so?": the chosen parties' stances on a
// topic over time, as a chart and as the same data in a table, with export and a link to this view.
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/data/filter-bar";
import type { FilterField } from "@/components/data/filter-spec";
import { PageHeader } from "@/components/layout/page-header";
import { AnalysisTabs } from "@/features/analysis/analysis-tabs";
import { loadAnalysisOptions } from "@/features/analysis/options";
import { statementLabels } from "@/features/analysis/statement-labels";
import { StatementTable } from "@/features/analysis/statement-table";
import { STANCE_SCALE } from "@/features/analysis/stance-scale";
import type { SearchParams } from "@/features/analysis/view-state";
import { ViewActions } from "@/features/export/view-actions";
import { exportHref, viewActionLabels } from "@/features/export/view-action-labels";
import { getFormat } from "@/lib/format";
import type { Stance } from "@/generated/enums";
import { EventTable } from "./event-table";
import { loadTimeline, roundMarks } from "./load-timeline";
import { StanceChart } from "./stance-chart";
import { timelineHref, timelineState } from "./timeline-state";

const CHART_ID = "stance-over-time";

/** Questions a new reader can start from. */
const EXAMPLES: readonly { parties: string[]; topic: string; key: string }[] = [
  { parties: ["russia"], topic: "donbas", key: "exampleRussiaDonbas" },
  { parties: ["russia", "ukraine", "united-states"], topic: "territory", key: "exampleTerritory" },
  { parties: ["russia", "ukraine"], topic: "nato-and-neutrality", key: "exampleNato" },
];

export async function TimelineView({ searchParams }: { searchParams: SearchParams }) {
  const [t, tAnalysis, format, options, actionLabels, labels] = await Promise.all([
    getTranslations("timeline"),
    getTranslations("analysis"),
    getFormat(),
    loadAnalysisOptions(),
    viewActionLabels(),
    statementLabels(),
  ]);
  const state = timelineState(searchParams, options);
  const { statements, events } = await loadTimeline(state, format);
  const fields: FilterField[] = [
    { kind: "multi", key: "parties", label: tAnalysis("parties"), options: options.parties, anyLabel: tAnalysis("chooseParties") },
    { kind: "select", key: "topic", label: tAnalysis("topic"), options: options.topics, anyLabel: tAnalysis("chooseTopic") },
    { kind: "toggle", key: "sub", label: tAnalysis("includeSubtopics"), defaultOn: true },
    { kind: "dateRange", key: "period", label: t("period"), fromLabel: t("periodFrom"), toLabel: t("periodTo") },
  ];
  const topicName = options.topics.find((o) => o.value === state.topic)?.label;
  const partyNames = options.parties.filter((o) => state.parties.includes(o.value)).map((o) => o.label);
  const chosen = state.topic !== undefined && state.parties.length > 0;
  const title = chosen ? t("chartTitle", { parties: partyNames.join(", "), topic: topicName ?? "" }) : t("title");
  const stances = Object.fromEntries(STANCE_SCALE.map((s) => [s, format.enumLabel("Stance", s)])) as Record<Stance, string>;
  const fileName = ["parley-timeline", ...state.parties, state.topic ?? ""].filter(Boolean).join("-");

  return (
    <div>
      <PageHeader eyebrow={tAnalysis("eyebrow")} title={t("title")} description={t("description")} />
      <AnalysisTabs current="timeline" />
      <FilterBar fields={fields} label={tAnalysis("filters")} />
      {!chosen ? (
        <section aria-labelledby="timeline-start" className="rounded-lg border bg-card p-4">
          <h2 id="timeline-start" className="font-medium">
            {t("startTitle")}
          </h2>
          <p className="mt-1 text-sm text-muted-foreground">{t("startHint")}</p>
          <ul className="mt-3 grid gap-1 text-sm">
            {EXAMPLES.map((e) => (
              <li key={e.key}>
                <a className="font-medium text-primary underline-offset-4 hover:underline" href={timelineHref(e.parties, e.topic)}>
                  {t(e.key)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          <section aria-labelledby="timeline-chart" className="rounded-lg border bg-card p-4">
            <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
              <div>
                <h2 id="timeline-chart" className="font-medium">
                  {title}
                </h2>
                <p className="text-sm text-muted-foreground">{t("chartHint", { count: statements.length })}</p>
              </div>
              <ViewActions exportHref={exportHref("timeline", searchParams)} fileName={fileName} chartId={CHART_ID} labels={actionLabels} />
            </div>
            {statements.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("empty")}</p>
            ) : (
              <StanceChart
                id={CHART_ID}
                title={title}
                locale={format.locale}
                topicSlug={state.topic}
                statements={statements}
                rounds={roundMarks(options, statements)}
                events={events}
                labels={{ ...labels, undated: t("undated"), rounds: t("rounds"), events: t("events"), event: t("event"), eventSpan: t("eventSpan"), stances }}
              />
            )}
            <p className="mt-2 text-xs text-muted-foreground">{t("legend")}</p>
          </section>
          <section aria-labelledby="timeline-table" className="mt-6">
            <h2 id="timeline-table" className="mb-2 font-medium">
              {t("tableTitle")}
            </h2>
            {/* A server-rendered table: no client JS to hydrate under the chart. */}
            <StatementTable statements={statements} caption={title} testId="timeline-table" />
          </section>
          {events.length > 0 ? (
            <section aria-labelledby="timeline-events" className="mt-6">
              <div className="mb-2 flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h2 id="timeline-events" className="font-medium">
                    {t("eventsTitle")}
                  </h2>
                  <p className="text-sm text-muted-foreground">{t("eventsHint", { count: events.length })}</p>
                </div>
                <ViewActions
                  exportHref={exportHref("timeline-events", searchParams)}
                  fileName={`${fileName}-events`}
                  labels={actionLabels}
                  secondary={{ toolbar: t("eventsExport"), testIdPrefix: "events-export" }}
                />
              </div>
              <EventTable events={events} caption={t("eventsTitle")} />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
