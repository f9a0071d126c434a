// Every quote, by article and place in the text: filter by article, speaker and attribution.
import { getTranslations } from "next-intl/server";
import { FilterBar } from "@/components/data/filter-bar";
import type { SearchParams } from "@/components/data/common-fields";
import { loadFilters, type FilterField } from "@/components/data/filter-spec";
import { oneOf, pageVariables, text } from "@/components/data/filter-values";
import { ListLayout } from "@/components/data/list-layout";
import { PAGE_SIZE } from "@/components/data/page-size";
import { Pagination } from "@/components/data/pagination";
import { EvidenceListDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { enumValues } from "@/lib/format/enums";
import { enumOptions } from "@/features/shared/enum-options";
import { loadOptions } from "@/features/shared/filter-options";
import { QuoteCard } from "./quote-card";

export async function EvidenceList({ searchParams }: { searchParams: SearchParams }) {
  const [t, tLists, format, options] = await Promise.all([
    getTranslations("evidence"),
    getTranslations("lists"),
    getFormat(),
    loadOptions(["articles", "people"]),
  ]);
  const any = tLists("any");
  const fields: FilterField[] = [
    { kind: "select", key: "article", label: tLists("article"), options: options.articles, anyLabel: any },
    { kind: "select", key: "speaker", label: tLists("speaker"), options: options.people, anyLabel: any },
    { kind: "select", key: "attribution", label: tLists("attribution"), options: enumOptions(format, "Attribution", enumValues.Attribution), anyLabel: any },
  ];
  const filters = loadFilters(fields, searchParams);
  const { evidence } = await apiRequest(EvidenceListDocument, {
    ...pageVariables(filters, PAGE_SIZE),
    article: text(filters, "article"),
    speaker: text(filters, "speaker"),
    attribution: oneOf(filters, "attribution", enumValues.Attribution),
  });
  return (
    <ListLayout
      title={t("title")}
      description={t("description")}
      total={evidence.totalCount}
      order={tLists("byArticle")}
      filters={<FilterBar fields={fields} label={tLists("filters")} />}
    >
      {evidence.edges.length === 0 ? (
        <p className="rounded-lg border bg-card p-8 text-center text-muted-foreground">{tLists("empty")}</p>
      ) : (
        <ul className="grid gap-2" aria-label={t("title")}>
          {evidence.edges.map(({ node }) => (
            <li key={node.id}>
              <QuoteCard quote={node} />
            </li>
          ))}
        </ul>
      )}
      <Pagination pathname="/evidence" searchParams={searchParams} pageInfo={evidence.pageInfo} />
    </ListLayout>
  );
}
