// Peace plans and other proposals by title, with their author and versions.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data/data-table";
import { FilterBar } from "@/components/data/filter-bar";
import { catalogFilter, statusFields, textField, type SearchParams } from "@/components/data/common-fields";
import { loadFilters } from "@/components/data/filter-spec";
import { pageVariables } from "@/components/data/filter-values";
import { ListLayout } from "@/components/data/list-layout";
import { PAGE_SIZE } from "@/components/data/page-size";
import { Pagination } from "@/components/data/pagination";
import { DraftBadge } from "@/components/data/status-badge";
import { TextLink } from "@/components/data/text-link";
import { ProposalListDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { NewRecordLink } from "@/features/editing/new-record-link";
import { proposalHref } from "./proposal-href";

export async function ProposalList({ searchParams }: { searchParams: SearchParams }) {
  const [t, tLists, format] = await Promise.all([getTranslations("proposals"), getTranslations("lists"), getFormat()]);
  const fields = [await textField(), ...(await statusFields())];
  const filters = loadFilters(fields, searchParams);
  const { proposals } = await apiRequest(ProposalListDocument, { ...pageVariables(filters, PAGE_SIZE), filter: catalogFilter(filters) });
  return (
    <ListLayout
      title={t("title")}
      description={t("description")}
      total={proposals.totalCount}
      order={tLists("byTitle")}
      filters={<FilterBar fields={fields} label={tLists("filters")} />}
      actions={<NewRecordLink href="/proposals/new" kind="proposal" />}
    >
      <DataTable
        caption={t("title")}
        empty={tLists("empty")}
        columns={[
          { id: "title", header: t("titleColumn") },
          { id: "author", header: t("author") },
          { id: "versions", header: t("versions") },
        ]}
        rows={proposals.edges.map(({ node: p }) => ({
          id: p.id,
          cells: {
            title: (
              <span className="flex flex-wrap items-center gap-2">
                <TextLink href={proposalHref(p.id)}>{p.title}</TextLink>
                <DraftBadge status={p.status} />
              </span>
            ),
            author: p.authorParty ? <TextLink href={`/parties/${p.authorParty.slug}`}>{p.authorParty.name}</TextLink> : "—",
            versions: p.versions.map((v) => `${v.label} (${format.partialDate(v.presented)})`).join("; ") || "—",
          },
        }))}
      />
      <Pagination pathname="/proposals" searchParams={searchParams} pageInfo={proposals.pageInfo} />
    </ListLayout>
  );
}
