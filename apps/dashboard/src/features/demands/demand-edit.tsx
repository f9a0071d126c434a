// The demand form's pages: a new demand, and a demand as it stands, handed to the client form.
import { getTranslations } from "next-intl/server";
import { found } from "@/lib/api";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { DemandForm } from "./demand-form";
import { demandHref } from "./demand-href";
import { EMPTY_DEMAND, loadDemandRecord } from "./demand-record";

export async function DemandNew() {
  const t = await getTranslations("talks");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={t("demand.eyebrow")} title={t("demand.newTitle")} meta={<TextLink href="/demands">{t("demand.backToList")}</TextLink>} />
      <DemandForm record={{ id: null, version: 0, values: EMPTY_DEMAND }} />
    </div>
  );
}

export async function DemandEdit({ id }: { id: string }) {
  const [t, tEditing, record] = await Promise.all([getTranslations("talks"), getTranslations("editing"), loadDemandRecord(id)]);
  const demand = found(record);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        eyebrow={`${t("demand.eyebrow")} · ${demand.values.from?.label ?? ""}`}
        title={t("demand.editTitle")}
        meta={<TextLink href={demandHref(id)}>{tEditing("backToRecord")}</TextLink>}
      />
      <DemandForm record={demand} />
    </div>
  );
}
