// The round form's pages: a new round, and a round as it stands, handed to the client form.
import { getTranslations } from "next-intl/server";
import { found } from "@/lib/api";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { RoundForm } from "./round-form";
import { EMPTY_ROUND, loadProcessChoices, loadRoundRecord } from "./round-record";

export async function RoundNew() {
  const [t, processes] = await Promise.all([getTranslations("talks"), loadProcessChoices()]);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={t("round.eyebrow")} title={t("round.newTitle")} meta={<TextLink href="/rounds">{t("round.backToList")}</TextLink>} />
      <RoundForm record={{ id: null, version: 0, values: EMPTY_ROUND }} processes={processes} />
    </div>
  );
}

export async function RoundEdit({ slug }: { slug: string }) {
  const [t, tEditing, record, processes] = await Promise.all([
    getTranslations("talks"),
    getTranslations("editing"),
    loadRoundRecord(slug),
    loadProcessChoices(),
  ]);
  const round = found(record);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        eyebrow={`${t("round.eyebrow")} · ${round.values.title}`}
        title={t("round.editTitle")}
        meta={<TextLink href={`/rounds/${slug}`}>{tEditing("backToRecord")}</TextLink>}
      />
      <RoundForm record={round} processes={processes} />
    </div>
  );
}
