// "Where does Russia stand, topic by topic, and how did it get there?": topics × the rounds it spoke
// at, then its latest stance. A cell opens the quote behind it; a topic opens its timeline.
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/data/filter-bar";
import type { FilterField } from "@/components/data/filter-spec";
import { loadAnalysisOptions } from "@/features/analysis/options";
import { ReportedNote } from "@/features/analysis/reported-note";
import type { StatementView } from "@/features/analysis/statement";
import { STANCE_COLOR, scoreLabel } from "@/features/analysis/stance-scale";
import type { SearchParams } from "@/features/analysis/view-state";
import { ViewActions } from "@/features/export/view-actions";
import { exportHref, viewActionLabels } from "@/features/export/view-action-labels";
import { timelineHref } from "@/features/timeline/timeline-state";
import { getFormat } from "@/lib/format";
import { cn } from "@/lib/utils";
import { loadPartyStances } from "./load-party-stances";
import { partyStancesState } from "./party-stances-state";

/** The passage behind a statement, or its position's page when it has no quote. */
function evidenceHref(s: StatementView): string {
  return s.quotes[0]?.href ?? `/positions/${encodeURIComponent(s.id)}`;
}

function StanceCell({ statement, stated, at, carriedLabel }: { statement: StatementView; stated: boolean; at: string; carriedLabel: string }) {
  const color = STANCE_COLOR[statement.stance];
  // A stance carried from before is outlined in its colour, not filled: still readable, clearly not new.
  const style = stated ? { backgroundColor: color.fill, color: color.text } : { borderColor: color.fill };
  return (
    <a
      href={evidenceHref(statement)}
      title={statement.summary}
      className={cn(
        "flex min-h-11 min-w-20 flex-col justify-center rounded-md px-1.5 py-1 text-xs outline-none focus-visible:ring-[3px] focus-visible:ring-ring",
        stated ? "ring-1 ring-black/10 ring-inset" : "border-2 border-dashed text-foreground",
      )}
      style={style}
      data-testid="stance-grid-cell"
      data-topic={statement.topic.slug}
      data-stated={stated}
    >
      {/* The link's name is its text: the context is there for screen readers, the stance for everyone. */}
      <span className="sr-only">{`${statement.topic.name}, ${at}: `}</span>
      <span className="font-semibold whitespace-nowrap">
        <span className="tabular-nums">{scoreLabel(statement.stance)}</span> {statement.stanceLabel}
      </span>
      {stated && statement.movement !== "UNCHANGED" ? <span className="whitespace-nowrap">{statement.movementLabel}</span> : null}
      <span className="sr-only">{`, ${statement.dateLabel}${stated ? "" : ` (${carriedLabel})`}`}</span>
    </a>
  );
}

export async function PartyStanceGrid({ party, partyName, searchParams }: { party: string; partyName: string; searchParams: SearchParams }) {
  const [t, tAnalysis, format, options, actionLabels] = await Promise.all([
    getTranslations("parties"),
    getTranslations("analysis"),
    getFormat(),
    loadAnalysisOptions(),
    viewActionLabels(),
  ]);
  const state = partyStancesState(party, searchParams, options);
  const grid = await loadPartyStances(state, format);
  const fields: FilterField[] = [
    { kind: "select", key: "topic", label: tAnalysis("topic"), options: options.topics, anyLabel: tAnalysis("allTopics") },
    { kind: "toggle", key: "sub", label: tAnalysis("includeSubtopics"), defaultOn: true },
  ];
  const query: SearchParams = { party, topic: state.topic, sub: state.includeSubtopics ? undefined : "false" };
  const caption = t("stancesCaption", { party: partyName });
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <p className="max-w-prose text-sm text-muted-foreground">{t("stancesHint")}</p>
        <ViewActions exportHref={exportHref("party-stances", query)} fileName={`parley-stances-${party}`} labels={actionLabels} />
      </div>
      <FilterBar fields={fields} label={t("stancesFilters")} />
      {grid.rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noStances")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="border-separate border-spacing-1 text-sm" data-testid="stance-grid">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 text-left align-bottom text-xs font-medium text-muted-foreground">
                  {tAnalysis("topic")}
                </th>
                {grid.columns.map((c) => (
                  <th key={c.slug} scope="col" className="max-w-28 px-1 text-left align-bottom text-xs font-medium">
                    <a className="line-clamp-3 underline-offset-4 hover:underline" href={`/rounds/${c.slug}`}>
                      {c.title}
                    </a>
                  </th>
                ))}
                <th scope="col" className="px-1 text-left align-bottom text-xs font-semibold">
                  {t("latest")}
                </th>
              </tr>
            </thead>
            <tbody>
              {grid.rows.map((row) => (
                <tr key={row.topic.slug}>
                  <th scope="row" className="min-w-40 px-2 py-1 text-left font-medium" style={{ paddingLeft: `${0.5 + row.topic.depth}rem` }}>
                    <a className="underline-offset-4 hover:underline" href={timelineHref([party], row.topic.slug)}>
                      {row.topic.name}
                    </a>
                  </th>
                  {row.cells.map((cell, i) => {
                    const column = grid.columns[i];
                    return (
                      <td key={column?.slug ?? i} className="p-0 align-top">
                        {cell && column ? (
                          <StanceCell
                            statement={cell.statement}
                            stated={cell.stated}
                            at={column.title}
                            carriedLabel={t("carried", { date: cell.statement.dateLabel })}
                          />
                        ) : (
                          <span className="block px-1.5 py-1 text-xs text-muted-foreground" aria-label={t("noStance")}>
                            —
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td className="p-0 align-top">
                    {row.latest ? (
                      <div className="grid min-w-52 gap-0.5 pl-1">
                        <StanceCell statement={row.latest} stated at={t("latest")} carriedLabel="" />
                        <span className="text-xs text-muted-foreground tabular-nums">{row.latest.dateLabel}</span>
                        <ReportedNote reported={row.latest.reported} word={tAnalysis("reported")} />
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-xs text-muted-foreground">{t("stancesLegend")}</p>
    </div>
  );
}
