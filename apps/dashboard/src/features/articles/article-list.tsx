// Articles, newest first: by outlet, language, publication date and (staff) status.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data/data-table";
import { FilterBar } from "@/components/data/filter-bar";
import { statusFields, statusValue, type SearchParams } from "@/components/data/common-fields";
import { loadFilters, type FilterField } from "@/components/data/filter-spec";
import { dateRange, pageVariables, text } from "@/components/data/filter-values";
import { ListLayout } from "@/components/data/list-layout";
import { PAGE_SIZE } from "@/components/data/page-size";
import { Pagination } from "@/components/data/pagination";
import { DraftBadge } from "@/components/data/status-badge";
import { TextLink } from "@/components/data/text-link";
import { ArticleListDocument } from "@/generated/graphql";
import Link from "next/link";
import { Plus } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { apiRequest, canEdit, getSignedInUser } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { loadOptions } from "@/features/shared/filter-options";
import { outletHref } from "@/features/outlets/outlet-href";

/** Languages the filter offers; articles in any other language are still listed without a filter. */
const LANGUAGES = ["nl", "en", "de", "fr", "uk", "ru"] as const;

export async function ArticleList({ searchParams }: { searchParams: SearchParams }) {
  const [t, tIngest, tLists, format, options, user] = await Promise.all([
    getTranslations("articles"),
    getTranslations("ingest"),
    getTranslations("lists"),
    getFormat(),
    loadOptions(["outlets"]),
    getSignedInUser(),
  ]);
  const any = tLists("any");
  const fields: FilterField[] = [
    { kind: "select", key: "outlet", label: tLists("outlet"), options: options.outlets, anyLabel: any },
    { kind: "select", key: "language", label: tLists("language"), options: LANGUAGES.map((l) => ({ value: l, label: format.language(l) })), anyLabel: any },
    { kind: "dateRange", key: "published", label: t("published"), fromLabel: tLists("from"), toLabel: tLists("to") },
    ...(await statusFields()),
  ];
  const filters = loadFilters(fields, searchParams);
  const { articles } = await apiRequest(ArticleListDocument, {
    ...pageVariables(filters, PAGE_SIZE),
    filter: { outlet: text(filters, "outlet"), language: text(filters, "language"), published: dateRange(filters, "published"), status: statusValue(filters) },
  });
  return (
    <ListLayout
      title={t("title")}
      description={t("description")}
      total={articles.totalCount}
      order={tLists("newestFirst")}
      filters={<FilterBar fields={fields} label={tLists("filters")} />}
      actions={
        canEdit(user) ? (
          <Link href="/articles/new" className={buttonVariants({ size: "sm" })}>
            <Plus aria-hidden />
            {tIngest("newArticle")}
          </Link>
        ) : null
      }
    >
      <DataTable
        caption={t("title")}
        empty={tLists("empty")}
        columns={[
          { id: "published", header: t("published"), className: "whitespace-nowrap" },
          { id: "title", header: t("titleColumn") },
          { id: "outlet", header: tLists("outlet") },
          { id: "author", header: t("author"), hidden: true },
          { id: "language", header: tLists("language"), className: "max-lg:hidden" },
          { id: "quotes", header: t("quotes"), className: "text-right tabular-nums" },
        ]}
        rows={articles.edges.map(({ node: a }) => ({
          id: a.id,
          cells: {
            published: format.partialDate(a.published),
            title: (
              <span className="flex flex-wrap items-center gap-2">
                <TextLink href={`/articles/${a.slug}`} lang={a.language}>
                  {a.title}
                </TextLink>
                <DraftBadge status={a.status} />
              </span>
            ),
            outlet: a.outlet ? <TextLink href={outletHref(a.outlet.id)}>{a.outlet.name}</TextLink> : "—",
            author: a.author ?? "—",
            language: format.language(a.language),
            quotes: format.number(a.evidence.totalCount),
          },
        }))}
      />
      <Pagination pathname="/articles" searchParams={searchParams} pageInfo={articles.pageInfo} />
    </ListLayout>
  );
}
