// People by name; the search finds any spelling (Kostjoekov → Kostyukov).
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
import { PersonListDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";

export async function PersonList({ searchParams }: { searchParams: SearchParams }) {
  const [t, tLists] = await Promise.all([getTranslations("people"), getTranslations("lists")]);
  const fields = [await textField(t("searchPlaceholder")), ...(await statusFields())];
  const filters = loadFilters(fields, searchParams);
  const { people } = await apiRequest(PersonListDocument, { ...pageVariables(filters, PAGE_SIZE), filter: catalogFilter(filters) });
  return (
    <ListLayout
      title={t("title")}
      description={t("description")}
      total={people.totalCount}
      order={tLists("byName")}
      filters={<FilterBar fields={fields} label={tLists("filters")} />}
      actions={<NewRecordLink href="/people/new" kind="person" />}
    >
      <DataTable
        caption={t("title")}
        empty={tLists("empty")}
        columns={[
          { id: "name", header: t("name") },
          { id: "roles", header: t("roles") },
          { id: "aliases", header: t("aliases"), className: "max-lg:hidden" },
        ]}
        rows={people.edges.map(({ node: p }) => ({
          id: p.id,
          cells: {
            name: (
              <span className="flex flex-wrap items-center gap-2">
                <TextLink href={`/people/${p.slug}`}>{p.name}</TextLink>
                <DraftBadge status={p.status} />
              </span>
            ),
            roles: p.roles.map((r) => (r.party ? `${r.title} (${r.party.name})` : r.title)).join("; ") || "—",
            aliases: (
              <span className="text-muted-foreground">
                {p.aliases
                  .map((a) => a.name)
                  .filter((n) => n !== p.name)
                  .join(", ") || "—"}
              </span>
            ),
          },
        }))}
      />
      <Pagination pathname="/people" searchParams={searchParams} pageInfo={people.pageInfo} />
    </ListLayout>
  );
}
