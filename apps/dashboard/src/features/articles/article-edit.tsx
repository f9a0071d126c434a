// The article details form's page: the article as it stands.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { found } from "@/lib/api";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { ArticleForm } from "./article-form";
import { loadArticleRecordBySlug } from "./article-record";

export async function ArticleEdit({ slug }: { slug: string }) {
  const [t, record] = await Promise.all([getTranslations("records"), loadArticleRecordBySlug(slug)]);
  const article = found(record);
  if (article.id === null) notFound();
  const href = `/articles/${slug}`;
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={article.values.title} title={t("forms.article.edit")} meta={<TextLink href={href}>{t("backToRecord")}</TextLink>} />
      <ArticleForm record={article} id={article.id} cancelHref={href} />
    </div>
  );
}
