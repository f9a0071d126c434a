// A news outlet and the articles Parley has from it.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DetailLayout } from "@/components/detail/detail-layout";
import { FieldList } from "@/components/detail/field-list";
import { Section } from "@/components/detail/section";
import { DraftBadge } from "@/components/data/status-badge";
import { TextLink } from "@/components/data/text-link";
import { PageHeader } from "@/components/layout/page-header";
import { OutletDetailDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { RecordMeta } from "@/features/audit/record-meta";
import { EditorRecordActions } from "@/features/editing/editor-record-actions";
import { outletHref } from "./outlet-href";

export async function OutletDetail({ id }: { id: string }) {
  const [t, tCommon, tLists, format] = await Promise.all([getTranslations("outlets"), getTranslations("common"), getTranslations("lists"), getFormat()]);
  const outlet = (await apiRequest(OutletDetailDocument, { id })).node;
  if (outlet?.__typename !== "Outlet") notFound();
  return (
    <DetailLayout
      toc={[
        { id: "details", label: tCommon("fields") },
        { id: "articles", label: t("articles") },
      ]}
      header={
        <PageHeader
          eyebrow={t("detailEyebrow")}
          title={outlet.name}
          meta={
            <>
              <RecordMeta id={outlet.id} status={outlet.status} version={outlet.version} />
              <EditorRecordActions
                id={outlet.id}
                version={outlet.version}
                status={outlet.status}
                kind="outlet"
                editHref={`${outletHref(outlet.id)}/edit`}
                recordHref={outletHref(outlet.id)}
                counts={{ articles: outlet.articles.totalCount }}
              />
            </>
          }
        />
      }
    >
      <Section id="details" title={tCommon("fields")}>
        <FieldList
          fields={[
            { label: t("country"), value: outlet.country },
            { label: tLists("language"), value: outlet.language ? format.language(outlet.language) : null },
            {
              label: t("website"),
              value: outlet.url ? (
                <a className="text-primary underline-offset-4 hover:underline" href={outlet.url} rel="noreferrer">
                  {outlet.url}
                </a>
              ) : null,
            },
          ]}
        />
      </Section>
      <Section id="articles" title={t("articles")} count={format.number(outlet.articles.totalCount)}>
        <ul className="grid gap-1 text-sm">
          {outlet.articles.edges.map(({ node: a }) => (
            <li key={a.slug} className="flex flex-wrap gap-x-3">
              <span className="w-40 text-muted-foreground">{format.partialDate(a.published)}</span>
              <TextLink href={`/articles/${a.slug}`} lang={a.language}>
                {a.title}
              </TextLink>
              <DraftBadge status={a.status} />
            </li>
          ))}
        </ul>
      </Section>
    </DetailLayout>
  );
}
