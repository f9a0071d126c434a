// The position form's page: the position as it stands, handed to the client form.
import { getTranslations } from "next-intl/server";
import { found } from "@/lib/api";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { PositionForm } from "./position-form";
import { positionHref } from "./position-href";
import { loadPositionRecord } from "./position-record";

export async function PositionEdit({ id }: { id: string }) {
  const [t, record] = await Promise.all([getTranslations("editing"), loadPositionRecord(id)]);
  const position = found(record);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        eyebrow={`${position.values.party.label} · ${position.values.topic.label}`}
        title={t("editPositionTitle")}
        meta={<TextLink href={positionHref(position.id)}>{t("backToRecord")}</TextLink>}
      />
      <PositionForm record={position} />
    </div>
  );
}
