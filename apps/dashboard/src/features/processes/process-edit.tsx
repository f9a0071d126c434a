// The process form's pages: a new process, or one as it stands.
import { getTranslations } from "next-intl/server";
import { found } from "@/lib/api";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { EMPTY_PROCESS } from "./process-form-schema";
import { ProcessForm } from "./process-form";
import { processHref } from "./process-href";
import { loadProcessRecord } from "./process-record";

export async function ProcessNew() {
  const t = await getTranslations("records");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={t("kinds.process")} title={t("forms.process.new")} meta={<TextLink href="/processes">{t("backToList")}</TextLink>} />
      <ProcessForm record={{ id: null, version: 0, values: EMPTY_PROCESS }} cancelHref="/processes" />
    </div>
  );
}

export async function ProcessEdit({ id }: { id: string }) {
  const [t, record] = await Promise.all([getTranslations("records"), loadProcessRecord(id)]);
  const process = found(record);
  const href = processHref(id);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={process.values.name} title={t("forms.process.edit")} meta={<TextLink href={href}>{t("backToRecord")}</TextLink>} />
      <ProcessForm record={process} cancelHref={href} />
    </div>
  );
}
