// The topic form's pages: a new topic, or one as it stands.
import { getTranslations } from "next-intl/server";
import { found } from "@/lib/api";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { EMPTY_TOPIC } from "./topic-form-schema";
import { TopicForm } from "./topic-form";
import { loadTopicRecordBySlug } from "./topic-record";

export async function TopicNew() {
  const t = await getTranslations("records");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={t("kinds.topic")} title={t("forms.topic.new")} meta={<TextLink href="/topics">{t("backToList")}</TextLink>} />
      <TopicForm record={{ id: null, version: 0, values: EMPTY_TOPIC }} cancelHref="/topics" />
    </div>
  );
}

export async function TopicEdit({ slug }: { slug: string }) {
  const [t, record] = await Promise.all([getTranslations("records"), loadTopicRecordBySlug(slug)]);
  const topic = found(record);
  const href = `/topics/${slug}`;
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={topic.values.name} title={t("forms.topic.edit")} meta={<TextLink href={href}>{t("backToRecord")}</TextLink>} />
      <TopicForm record={topic} cancelHref={href} />
    </div>
  );
}
