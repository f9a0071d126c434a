// "Where does every party stand on this topic, and since when?": the timeline chart for every party
// with a stance on the topic (or the ones in ?parties=), the same data as a table, and its export
// (the timeline view's export route with the same keys, so the file is what the page shows), and the
// events outside the talks on those parties' timelines, drawn on the chart and listed under it.
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/data/filter-bar";
import type { FilterField } from "@/components/data/filter-spec";
import type { Stance } from "@/generated/enums";
import { TopicPartiesDocument } from "@/generated/graphql";
import { loadAnalysisOptions } from "@/features/analysis/options";
import { statementLabels } from "@/features/analysis/statement-labels";
import { StatementTable } from "@/features/analysis/statement-table";
import { STANCE_SCALE } from "@/features/analysis/stance-scale";
import { isoDay, type SearchParams } from "@/features/analysis/view-state";
import { ViewActions } from "@/features/export/view-actions";
import { exportHref, viewActionLabels } from "@/features/export/view-action-labels";
import { EventTable } from "@/features/timeline/event-table";
import { loadTimeline, roundMarks } from "@/features/timeline/load-timeline";
import { MAX_CHART_PARTIES } from "@/features/timeline/party-style";
import { StanceChart } from "@/features/timeline/stance-chart";
import { timelineState } from "@/features/timeline/timeline-state";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";

const CHART_ID = "topic-stance-over-time";

export async function TopicStances({ topic, topicName, searchParams }: { topic: string; topicName: string; searchParams: SearchParams }) {
  const [t, tTimeline, tAnalysis, format, options, actionLabels, labels] = await Promise.all([
    getTranslations("topics"),
    getTranslations("timeline"),
    getTranslations("analysis"),
    getFormat(),
    loadAnalysisOptions(),
    viewActionLabels(),
    statementLabels(),
  ]);
  const today = isoDay(new Date().toISOString().slice(0, 10)) ?? "2100-01-01";
  const { comparison } = await apiRequest(TopicPartiesDocument, { topic, at: { date: today } });
  const withStance = comparison.parties.map((p) => p.slug).slice(0, MAX_CHART_PARTIES);
  const chosen = typeof searchParams.parties === "string" && searchParams.parties !== "" ? searchParams.parties : withStance.join(",");
  const state = timelineState({ ...searchParams, topic, parties: chosen }, options);
  const { statements, events } = await loadTimeline(state, format);
  const fields: FilterField[] = [
    {
      kind: "multi",
      key: "parties",
      label: tAnalysis("parties"),
      options: options.parties.filter((o) => withStance.includes(o.value)),
      anyLabel: tAnalysis("allParties"),
    },
    { kind: "toggle", key: "sub", label: tAnalysis("includeSubtopics"), defaultOn: true },
  ];
  const partyNames = options.parties.filter((o) => state.parties.includes(o.value)).map((o) => o.label);
  const title = tTimeline("chartTitle", { parties: partyNames.join(", "), topic: topicName });
  const stances = Object.fromEntries(STANCE_SCALE.map((s) => [s, format.enumLabel("Stance", s)])) as Record<Stance, string>;
  const query: SearchParams = { parties: state.parties, topic, sub: state.includeSubtopics ? undefined : "false" };
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <p className="max-w-prose text-sm text-muted-foreground">{t("stancesHint")}</p>
        <ViewActions exportHref={exportHref("timeline", query)} fileName={`parley-topic-${topic}`} chartId={CHART_ID} labels={actionLabels} />
      </div>
      <FilterBar fields={fields} label={t("stancesFilters")} />
      {statements.length === 0 ? (
        <p className="text-sm text-muted-foreground">{tTimeline("empty")}</p>
      ) : (
        <>
          <StanceChart
            id={CHART_ID}
            title={title}
            locale={format.locale}
            topicSlug={topic}
            statements={statements}
            rounds={roundMarks(options, statements)}
            events={events}
            labels={{
              ...labels,
              undated: tTimeline("undated"),
              rounds: tTimeline("rounds"),
              events: tTimeline("events"),
              event: tTimeline("event"),
              eventSpan: tTimeline("eventSpan"),
              stances,
            }}
          />
          <h3 className="text-sm font-semibold">{tTimeline("tableTitle")}</h3>
          <StatementTable statements={statements} caption={title} testId="topic-statements" />
          {events.length > 0 ? (
            <>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h3 className="text-sm font-semibold">{tTimeline("eventsTitle")}</h3>
                  <p className="text-sm text-muted-foreground">{tTimeline("eventsHint", { count: events.length })}</p>
                </div>
                <ViewActions
                  exportHref={exportHref("timeline-events", query)}
                  fileName={`parley-topic-${topic}-events`}
                  labels={actionLabels}
                  secondary={{ toolbar: tTimeline("eventsExport"), testIdPrefix: "events-export" }}
                />
              </div>
              <EventTable events={events} caption={tTimeline("eventsTitle")} />
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
