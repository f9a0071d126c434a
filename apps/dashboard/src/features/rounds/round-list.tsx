// Rounds and meetings in time order: by party, process, topic on the agenda, status and date held.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data/data-table";
import { FilterBar } from "@/components/data/filter-bar";
import { statusFields, statusValue, type SearchParams } from "@/components/data/common-fields";
import { loadFilters, type FilterField } from "@/components/data/filter-spec";
import { dateRange, enumList, flag, pageVariables, text } from "@/components/data/filter-values";
import { ListLayout } from "@/components/data/list-layout";
import { PAGE_SIZE } from "@/components/data/page-size";
import { Pagination } from "@/components/data/pagination";
import { DraftBadge } from "@/components/data/status-badge";
import { TextLink } from "@/components/data/text-link";
import { Badge } from "@/components/ui/badge";
import { RoundListDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { NewRecordLink } from "@/features/editing/new-record-link";
import { enumValues } from "@/lib/format/enums";
import { enumOptions } from "@/features/shared/enum-options";
import { loadOptions } from "@/features/shared/filter-options";
import { processHref } from "@/features/processes/process-href";

export async function RoundList({ searchParams }: { searchParams: SearchParams }) {
  const [t, tLists, format, options] = await Promise.all([
    getTranslations("rounds"),
    getTranslations("lists"),
    getFormat(),
    loadOptions(["parties", "topics", "processes"]),
  ]);
  const any = tLists("any");
  const fields: FilterField[] = [
    { kind: "select", key: "party", label: tLists("party"), options: options.parties, anyLabel: any },
    { kind: "select", key: "process", label: tLists("process"), options: options.processes, anyLabel: any },
    { kind: "select", key: "topic", label: t("agendaTopic"), options: options.topics, anyLabel: any },
    { kind: "toggle", key: "subtopics", label: tLists("includeSubtopics"), defaultOn: true },
    { kind: "multi", key: "roundStatus", label: tLists("roundStatus"), options: enumOptions(format, "RoundStatus", enumValues.RoundStatus), anyLabel: any },
    { kind: "dateRange", key: "held", label: t("held"), fromLabel: tLists("from"), toLabel: tLists("to") },
    ...(await statusFields()),
  ];
  const filters = loadFilters(fields, searchParams);
  const topic = text(filters, "topic");
  const { rounds } = await apiRequest(RoundListDocument, {
    ...pageVariables(filters, PAGE_SIZE),
    filter: {
      party: text(filters, "party"),
      process: text(filters, "process"),
      topic,
      includeSubtopics: topic ? flag(filters, "subtopics") : undefined,
      roundStatuses: enumList(filters, "roundStatus", enumValues.RoundStatus),
      held: dateRange(filters, "held"),
      status: statusValue(filters),
    },
  });
  return (
    <ListLayout
      title={t("title")}
      description={t("description")}
      total={rounds.totalCount}
      order={tLists("byTime")}
      filters={<FilterBar fields={fields} label={tLists("filters")} />}
      actions={<NewRecordLink href="/rounds/new" kind="round" />}
    >
      <DataTable
        caption={t("title")}
        empty={tLists("empty")}
        columns={[
          { id: "when", header: t("when"), className: "whitespace-nowrap" },
          { id: "title", header: t("round") },
          { id: "where", header: t("where") },
          { id: "format", header: t("format"), className: "max-lg:hidden" },
          { id: "parties", header: t("parties"), className: "max-lg:hidden" },
          { id: "process", header: tLists("process"), hidden: true },
          { id: "roundStatus", header: tLists("roundStatus") },
        ]}
        rows={rounds.edges.map(({ node: r }) => ({
          id: r.id,
          cells: {
            when: format.dateRange(r.start, r.end),
            title: (
              <span className="flex flex-wrap items-center gap-2">
                <TextLink href={`/rounds/${r.slug}`}>{r.title}</TextLink>
                <DraftBadge status={r.status} />
              </span>
            ),
            where: [r.city, r.country].filter(Boolean).join(", ") || "—",
            format: format.enumLabel("RoundFormat", r.format),
            parties: <span className="text-muted-foreground">{r.participants.map((p) => p.party.name).join(", ") || "—"}</span>,
            process: r.process ? <TextLink href={processHref(r.process.id)}>{r.process.name}</TextLink> : "—",
            roundStatus: <Badge variant="outline">{format.enumLabel("RoundStatus", r.roundStatus)}</Badge>,
          },
        }))}
      />
      <Pagination pathname="/rounds" searchParams={searchParams} pageInfo={rounds.pageInfo} />
    </ListLayout>
  );
}
