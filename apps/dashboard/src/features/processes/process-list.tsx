// Negotiation processes by name, with how many rounds each has.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data/data-table";
import { FilterBar } from "@/components/data/filter-bar";
import { catalogFilter, statusFields, textField, type SearchParams } from "@/components/data/common-fields";
import { loadFilters } from "@/components/data/filter-spec";
import { pageVariables } from "@/components/data/filter-values";
import { ListLayout } from "@/components/data/list-layout";
import { NewRecordLink } from "@/features/editing/new-record-link";
import { PAGE_SIZE } from "@/components/data/page-size";
import { Pagination } from "@/components/data/pagination";
import { DraftBadge } from "@/components/data/status-badge";
import { TextLink } from "@/components/data/text-link";
import { ProcessListDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { processHref } from "./process-href";

export async function ProcessList({ searchParams }: { searchParams: SearchParams }) {
  const [t, tLists, format] = await Promise.all([getTranslations("processes"), getTranslations("lists"), getFormat()]);
  const fields = [await textField(), ...(await statusFields())];
  const filters = loadFilters(fields, searchParams);
  const { processes } = await apiRequest(ProcessListDocument, { ...pageVariables(filters, PAGE_SIZE), filter: catalogFilter(filters) });
  return (
    <ListLayout
      title={t("title")}
      description={t("description")}
      total={processes.totalCount}
      order={tLists("byName")}
      filters={<FilterBar fields={fields} label={tLists("filters")} />}
      actions={<NewRecordLink href="/processes/new" kind="process" />}
    >
      <DataTable
        caption={t("title")}
        empty={tLists("empty")}
        columns={[
          { id: "name", header: t("name") },
          { id: "description", header: t("descriptionColumn"), className: "max-lg:hidden" },
          { id: "rounds", header: t("rounds"), className: "text-right tabular-nums" },
        ]}
        rows={processes.edges.map(({ node: p }) => ({
          id: p.id,
          cells: {
            name: (
              <span className="flex flex-wrap items-center gap-2">
                <TextLink href={processHref(p.id)}>{p.name}</TextLink>
                <DraftBadge status={p.status} />
              </span>
            ),
            description: <span className="text-muted-foreground">{p.description ?? "—"}</span>,
            rounds: format.number(p.rounds.totalCount),
          },
        }))}
      />
      <Pagination pathname="/processes" searchParams={searchParams} pageInfo={processes.pageInfo} />
    </ListLayout>
  );
}
