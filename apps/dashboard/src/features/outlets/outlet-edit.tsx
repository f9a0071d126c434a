// The outlet form's pages: a new outlet, or one as it stands.
import { getTranslations } from "next-intl/server";
import { found } from "@/lib/api";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { EMPTY_OUTLET } from "./outlet-form-schema";
import { OutletForm } from "./outlet-form";
import { outletHref } from "./outlet-href";
import { loadOutletRecord } from "./outlet-record";

export async function OutletNew() {
  const t = await getTranslations("records");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={t("kinds.outlet")} title={t("forms.outlet.new")} meta={<TextLink href="/outlets">{t("backToList")}</TextLink>} />
      <OutletForm record={{ id: null, version: 0, values: EMPTY_OUTLET }} cancelHref="/outlets" />
    </div>
  );
}

export async function OutletEdit({ id }: { id: string }) {
  const [t, record] = await Promise.all([getTranslations("records"), loadOutletRecord(id)]);
  const outlet = found(record);
  const href = outletHref(id);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={outlet.values.name} title={t("forms.outlet.edit")} meta={<TextLink href={href}>{t("backToRecord")}</TextLink>} />
      <OutletForm record={outlet} cancelHref={href} />
    </div>
  );
}
