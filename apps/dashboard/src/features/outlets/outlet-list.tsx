// News outlets by name, with their country, language and how many articles Parley has from each.
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
import { OutletListDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { outletHref } from "./outlet-href";

export async function OutletList({ searchParams }: { searchParams: SearchParams }) {
  const [t, tLists, format] = await Promise.all([getTranslations("outlets"), getTranslations("lists"), getFormat()]);
  const fields = [await textField(), ...(await statusFields())];
  const filters = loadFilters(fields, searchParams);
  const { outlets } = await apiRequest(OutletListDocument, { ...pageVariables(filters, PAGE_SIZE), filter: catalogFilter(filters) });
  return (
    <ListLayout
      title={t("title")}
      description={t("description")}
      total={outlets.totalCount}
      order={tLists("byName")}
      filters={<FilterBar fields={fields} label={tLists("filters")} />}
      actions={<NewRecordLink href="/outlets/new" kind="outlet" />}
    >
      <DataTable
        caption={t("title")}
        empty={tLists("empty")}
        columns={[
          { id: "name", header: t("name") },
          { id: "country", header: t("country") },
          { id: "language", header: tLists("language") },
          { id: "articles", header: t("articles"), className: "text-right tabular-nums" },
        ]}
        rows={outlets.edges.map(({ node: o }) => ({
          id: o.id,
          cells: {
            name: (
              <span className="flex flex-wrap items-center gap-2">
                <TextLink href={outletHref(o.id)}>{o.name}</TextLink>
                <DraftBadge status={o.status} />
              </span>
            ),
            country: o.country ?? "—",
            language: o.language ? format.language(o.language) : "—",
            articles: format.number(o.articles.totalCount),
          },
        }))}
      />
      <Pagination pathname="/outlets" searchParams={searchParams} pageInfo={outlets.pageInfo} />
    </ListLayout>
  );
}
