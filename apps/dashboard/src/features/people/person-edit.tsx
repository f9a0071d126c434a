// The person form's pages: a new person, or one as it stands.
import { getTranslations } from "next-intl/server";
import { found } from "@/lib/api";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { EMPTY_PERSON } from "./person-form-schema";
import { PersonForm } from "./person-form";
import { loadPersonRecordBySlug } from "./person-record";

export async function PersonNew() {
  const t = await getTranslations("records");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={t("kinds.person")} title={t("forms.person.new")} meta={<TextLink href="/people">{t("backToList")}</TextLink>} />
      <PersonForm record={{ id: null, version: 0, values: EMPTY_PERSON }} cancelHref="/people" />
    </div>
  );
}

export async function PersonEdit({ slug }: { slug: string }) {
  const [t, record] = await Promise.all([getTranslations("records"), loadPersonRecordBySlug(slug)]);
  const person = found(record);
  const href = `/people/${slug}`;
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={person.values.name} title={t("forms.person.edit")} meta={<TextLink href={href}>{t("backToRecord")}</TextLink>} />
      <PersonForm record={person} cancelHref={href} />
    </div>
  );
}
