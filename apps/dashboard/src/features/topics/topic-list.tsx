// Topics as a tree: the API returns them in hierarchy order (by path), so indenting by depth draws it.
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/data/filter-bar";
import { catalogFilter, statusFields, textField, type SearchParams } from "@/components/data/common-fields";
import { loadFilters, type FilterField } from "@/components/data/filter-spec";
import { flag, pageVariables } from "@/components/data/filter-values";
import { ListLayout } from "@/components/data/list-layout";
import { NewRecordLink } from "@/features/editing/new-record-link";
import { PAGE_SIZE } from "@/components/data/page-size";
import { Pagination } from "@/components/data/pagination";
import { DraftBadge } from "@/components/data/status-badge";
import { TextLink } from "@/components/data/text-link";
import { TopicListDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";

export async function TopicList({ searchParams }: { searchParams: SearchParams }) {
  const [t, tLists] = await Promise.all([getTranslations("topics"), getTranslations("lists")]);
  const fields: FilterField[] = [
    await textField(t("searchPlaceholder")),
    { kind: "toggle", key: "roots", label: t("rootsOnly"), defaultOn: false },
    ...(await statusFields()),
  ];
  const filters = loadFilters(fields, searchParams);
  const { topics } = await apiRequest(TopicListDocument, {
    ...pageVariables(filters, PAGE_SIZE),
    filter: catalogFilter(filters),
    rootsOnly: flag(filters, "roots") || undefined,
  });
  return (
    <ListLayout
      title={t("title")}
      description={t("description")}
      total={topics.totalCount}
      order={tLists("byPath")}
      filters={<FilterBar fields={fields} label={tLists("filters")} />}
      actions={<NewRecordLink href="/topics/new" kind="topic" />}
    >
      {topics.edges.length === 0 ? (
        <p className="rounded-lg border bg-card p-8 text-center text-muted-foreground">{tLists("empty")}</p>
      ) : (
        <ul aria-label={t("title")} className="rounded-lg border bg-card p-2">
          {topics.edges.map(({ node: topic }) => {
            const depth = topic.path.split("/").length - 1;
            return (
              <li key={topic.id} className="rounded-md px-2 py-1.5 hover:bg-muted/50" style={{ paddingLeft: `${0.5 + depth * 1.5}rem` }}>
                <span className="flex flex-wrap items-center gap-2">
                  {depth > 0 ? (
                    <span aria-hidden className="text-muted-foreground">
                      └
                    </span>
                  ) : null}
                  <TextLink href={`/topics/${topic.slug}`}>{topic.name}</TextLink>
                  <DraftBadge status={topic.status} />
                </span>
                {topic.proposition ? <p className="ml-5 text-sm text-muted-foreground">{topic.proposition}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
      <Pagination pathname="/topics" searchParams={searchParams} pageInfo={topics.pageInfo} />
    </ListLayout>
  );
}
