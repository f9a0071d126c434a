// Demands: who asks what of whom, by status, topic (with subtopics), round, process, date and text.
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
import { Badge } from "@/components/ui/badge";
import { DemandListDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { enumValues } from "@/lib/format/enums";
import { enumOptions } from "@/features/shared/enum-options";
import { loadOptions } from "@/features/shared/filter-options";
import { NewRecordLink } from "@/features/editing/new-record-link";
import { demandHref } from "./demand-href";

export async function DemandList({ searchParams }: { searchParams: SearchParams }) {
  const [t, tLists, format, options] = await Promise.all([
    getTranslations("demands"),
    getTranslations("lists"),
    getFormat(),
    loadOptions(["parties", "topics", "rounds", "processes"]),
  ]);
  const any = tLists("any");
  const fields: FilterField[] = [
    await textField(t("searchPlaceholder")),
    { kind: "multi", key: "from", label: tLists("fromParty"), options: options.parties, anyLabel: any },
    { kind: "multi", key: "to", label: tLists("toParty"), options: options.parties, anyLabel: any },
    { kind: "select", key: "topic", label: tLists("topic"), options: options.topics, anyLabel: any },
    { kind: "toggle", key: "subtopics", label: tLists("includeSubtopics"), defaultOn: true },
    { kind: "multi", key: "demandStatus", label: tLists("demandStatus"), options: enumOptions(format, "DemandStatus", enumValues.DemandStatus), anyLabel: any },
    { kind: "dateRange", key: "raised", label: t("raised"), fromLabel: tLists("from"), toLabel: tLists("to") },
    { kind: "select", key: "round", label: tLists("round"), options: options.rounds, anyLabel: any },
    { kind: "select", key: "process", label: tLists("process"), options: options.processes, anyLabel: any },
    ...(await statusFields()),
  ];
  const filters = loadFilters(fields, searchParams);
  const topic = text(filters, "topic");
  const { demands } = await apiRequest(DemandListDocument, {
    ...pageVariables(filters, PAGE_SIZE),
    filter: {
      text: text(filters, "q"),
      from: list(filters, "from"),
      to: list(filters, "to"),
      topic,
      includeSubtopics: topic ? flag(filters, "subtopics") : undefined,
      statuses: enumList(filters, "demandStatus", enumValues.DemandStatus),
      raised: dateRange(filters, "raised"),
      round: text(filters, "round"),
      process: text(filters, "process"),
      status: statusValue(filters),
    },
  });
  return (
    <ListLayout
      title={t("title")}
      description={t("description")}
      total={demands.totalCount}
      order={tLists("byDate")}
      filters={<FilterBar fields={fields} label={tLists("filters")} />}
      actions={<NewRecordLink href="/demands/new" kind="demand" />}
    >
      <DataTable
        caption={t("title")}
        empty={tLists("empty")}
        columns={[
          { id: "raised", header: t("raised"), className: "whitespace-nowrap" },
          { id: "from", header: tLists("fromParty") },
          { id: "to", header: tLists("toParty") },
          { id: "topic", header: tLists("topic") },
          { id: "summary", header: t("summary") },
          { id: "demandStatus", header: tLists("demandStatus") },
          { id: "round", header: tLists("round"), hidden: true },
          { id: "quotes", header: t("quotes"), className: "text-right tabular-nums" },
        ]}
        rows={demands.edges.map(({ node: d }) => ({
          id: d.id,
          cells: {
            raised: format.partialDate(d.raised),
            from: <TextLink href={`/parties/${d.fromParty.slug}`}>{d.fromParty.name}</TextLink>,
            to: d.toParty ? <TextLink href={`/parties/${d.toParty.slug}`}>{d.toParty.name}</TextLink> : t("noAddressee"),
            topic: <TextLink href={`/topics/${d.topic.slug}`}>{d.topic.name}</TextLink>,
            summary: (
              <span className="flex flex-wrap items-center gap-2">
                <TextLink href={demandHref(d.id)} className="font-normal">
                  {d.summary}
                </TextLink>
                <DraftBadge status={d.status} />
              </span>
            ),
            demandStatus: <Badge variant="outline">{format.enumLabel("DemandStatus", d.demandStatus)}</Badge>,
            round: d.round ? <TextLink href={`/rounds/${d.round.slug}`}>{d.round.title}</TextLink> : "—",
            quotes: format.number(d.quotes.totalCount),
          },
        }))}
      />
      <Pagination pathname="/demands" searchParams={searchParams} pageInfo={demands.pageInfo} />
    </ListLayout>
  );
}
