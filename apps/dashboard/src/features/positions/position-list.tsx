// Positions: every filter the API has (party, topic with subtree, round, process, date, stance,
// movement, speaker, status, text), oldest first.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data/data-table";
import { FilterBar } from "@/components/data/filter-bar";
import { statusFields, statusValue, textField, type SearchParams } from "@/components/data/common-fields";
import { loadFilters, type FilterField } from "@/components/data/filter-spec";
import { dateRange, enumList, flag, list, pageVariables, text } from "@/components/data/filter-values";
import { ListLayout } from "@/components/data/list-layout";
import { PAGE_SIZE } from "@/components/data/page-size";
import { Pagination } from "@/components/data/pagination";
import { DraftBadge } from "@/components/data/status-badge";
import { TextLink } from "@/components/data/text-link";
import { PositionListDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { enumValues } from "@/lib/format/enums";
import { enumOptions } from "@/features/shared/enum-options";
import { loadOptions } from "@/features/shared/filter-options";
import { positionHref } from "./position-href";
import { MovementBadge, StanceBadge } from "./stance-badge";

export async function PositionList({ searchParams }: { searchParams: SearchParams }) {
  const [t, tLists, format, options] = await Promise.all([
    getTranslations("positions"),
    getTranslations("lists"),
    getFormat(),
    loadOptions(["parties", "topics", "rounds", "processes", "people"]),
  ]);
  const any = tLists("any");
  const fields: FilterField[] = [
    await textField(t("searchPlaceholder")),
    { kind: "multi", key: "party", label: tLists("party"), options: options.parties, anyLabel: any },
    { kind: "select", key: "topic", label: tLists("topic"), options: options.topics, anyLabel: any },
    { kind: "toggle", key: "subtopics", label: tLists("includeSubtopics"), defaultOn: true },
    { kind: "multi", key: "stance", label: tLists("stance"), options: enumOptions(format, "Stance", enumValues.Stance), anyLabel: any },
    { kind: "multi", key: "movement", label: tLists("movement"), options: enumOptions(format, "Movement", enumValues.Movement), anyLabel: any },
    { kind: "dateRange", key: "stated", label: t("stated"), fromLabel: tLists("from"), toLabel: tLists("to") },
    { kind: "select", key: "round", label: tLists("round"), options: options.rounds, anyLabel: any },
    { kind: "select", key: "process", label: tLists("process"), options: options.processes, anyLabel: any },
    { kind: "select", key: "speaker", label: tLists("speaker"), options: options.people, anyLabel: any },
    ...(await statusFields()),
  ];
  const filters = loadFilters(fields, searchParams);
  const topic = text(filters, "topic");
  const { positions } = await apiRequest(PositionListDocument, {
    ...pageVariables(filters, PAGE_SIZE),
    filter: {
      text: text(filters, "q"),
      parties: list(filters, "party"),
      topic,
      includeSubtopics: topic ? flag(filters, "subtopics") : undefined,
      stances: enumList(filters, "stance", enumValues.Stance),
      movements: enumList(filters, "movement", enumValues.Movement),
      stated: dateRange(filters, "stated"),
      round: text(filters, "round"),
      process: text(filters, "process"),
      speaker: text(filters, "speaker"),
      status: statusValue(filters),
    },
  });
  return (
    <ListLayout
      title={t("title")}
      description={t("description")}
      total={positions.totalCount}
      order={tLists("byDate")}
      filters={<FilterBar fields={fields} label={tLists("filters")} />}
    >
      <DataTable
        caption={t("title")}
        empty={tLists("empty")}
        columns={[
          { id: "stated", header: t("stated"), className: "whitespace-nowrap" },
          { id: "party", header: tLists("party") },
          { id: "topic", header: tLists("topic") },
          { id: "stance", header: tLists("stance") },
          { id: "movement", header: tLists("movement"), className: "max-lg:hidden" },
          { id: "summary", header: t("summary") },
          { id: "round", header: tLists("round"), hidden: true },
          { id: "speaker", header: tLists("speaker"), hidden: true },
          { id: "quotes", header: t("quotes"), className: "text-right tabular-nums" },
        ]}
        rows={positions.edges.map(({ node: p }) => ({
          id: p.id,
          cells: {
            stated: format.partialDate(p.stated),
            party: <TextLink href={`/parties/${p.party.slug}`}>{p.party.name}</TextLink>,
            topic: <TextLink href={`/topics/${p.topic.slug}`}>{p.topic.name}</TextLink>,
            stance: <StanceBadge stance={p.stance} />,
            movement: <MovementBadge movement={p.movement} />,
            summary: (
              <span className="flex flex-wrap items-center gap-2">
                <TextLink href={positionHref(p.id)} className="font-normal">
                  {p.summary}
                </TextLink>
                <DraftBadge status={p.status} />
              </span>
            ),
            round: p.round ? <TextLink href={`/rounds/${p.round.slug}`}>{p.round.title}</TextLink> : "—",
            speaker: p.speaker ? <TextLink href={`/people/${p.speaker.slug}`}>{p.speaker.name}</TextLink> : "—",
            quotes: format.number(p.quotes.totalCount),
          },
        }))}
      />
      <Pagination pathname="/positions" searchParams={searchParams} pageInfo={positions.pageInfo} />
    </ListLayout>
  );
}
