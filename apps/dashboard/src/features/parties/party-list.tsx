// The parties list: name, short name, kind, other spellings; filter by any spelling and (staff) status.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data/data-table";
import { FilterBar } from "@/components/data/filter-bar";
import { catalogFilter, statusFields, textField, type SearchParams } from "@/components/data/common-fields";
import { loadFilters } from "@/components/data/filter-spec";
import { pageVariables } from "@/components/data/filter-values";
import { ListLayout } from "@/components/data/list-layout";
import { Pagination } from "@/components/data/pagination";
import { DraftBadge } from "@/components/data/status-badge";
import { TextLink } from "@/components/data/text-link";
import { PartyListDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { PAGE_SIZE } from "@/components/data/page-size";
import { NewRecordLink } from "@/features/editing/new-record-link";

export async function PartyList({ searchParams }: { searchParams: SearchParams }) {
  const [t, tLists, format] = await Promise.all([getTranslations("parties"), getTranslations("lists"), getFormat()]);
  const fields = [await textField(t("searchPlaceholder")), ...(await statusFields())];
  const filters = loadFilters(fields, searchParams);
  const { parties } = await apiRequest(PartyListDocument, { ...pageVariables(filters, PAGE_SIZE), filter: catalogFilter(filters) });
  return (
    <ListLayout
      title={t("title")}
      description={t("description")}
      total={parties.totalCount}
      order={tLists("byName")}
      filters={<FilterBar fields={fields} label={tLists("filters")} />}
      actions={<NewRecordLink href="/parties/new" kind="party" />}
    >
      <DataTable
        caption={t("title")}
        empty={tLists("empty")}
        columns={[
          { id: "name", header: t("name") },
          { id: "kind", header: t("kind") },
          { id: "aliases", header: t("aliases"), className: "max-lg:hidden" },
        ]}
        rows={parties.edges.map(({ node: party }) => ({
          id: party.id,
          cells: {
            name: (
              <span className="flex flex-wrap items-center gap-2">
                <TextLink href={`/parties/${party.slug}`}>{format.name(party)}</TextLink>
                <DraftBadge status={party.status} />
              </span>
            ),
            kind: format.enumLabel("PartyKind", party.kind),
            aliases: (
              <span className="text-muted-foreground">
                {party.aliases
                  .map((a) => a.name)
                  .filter((n) => n !== party.name)
                  .join(", ") || "—"}
              </span>
            ),
          },
        }))}
      />
      <Pagination pathname="/parties" searchParams={searchParams} pageInfo={parties.pageInfo} />
    </ListLayout>
  );
}
