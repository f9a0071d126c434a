// The party form's pages: a new party, or one as it stands.
import { getTranslations } from "next-intl/server";
import { found } from "@/lib/api";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { EMPTY_PARTY } from "./party-form-schema";
import { PartyForm } from "./party-form";
import { loadPartyRecordBySlug } from "./party-record";

export async function PartyNew() {
  const t = await getTranslations("records");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={t("kinds.party")} title={t("forms.party.new")} meta={<TextLink href="/parties">{t("backToList")}</TextLink>} />
      <PartyForm record={{ id: null, version: 0, values: EMPTY_PARTY }} cancelHref="/parties" />
    </div>
  );
}

export async function PartyEdit({ slug }: { slug: string }) {
  const [t, record] = await Promise.all([getTranslations("records"), loadPartyRecordBySlug(slug)]);
  const party = found(record);
  const href = `/parties/${slug}`;
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={party.values.name} title={t("forms.party.edit")} meta={<TextLink href={href}>{t("backToRecord")}</TextLink>} />
      <PartyForm record={party} cancelHref={href} />
    </div>
  );
}
