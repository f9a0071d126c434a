// The quote form's page: a quote as it stands, handed to the client form.
import { getTranslations } from "next-intl/server";
import { found } from "@/lib/api";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { evidenceHref } from "./evidence-href";
import { QuoteForm } from "./quote-form";
import { loadQuoteRecord } from "./quote-record";

export async function QuoteEdit({ id }: { id: string }) {
  const [t, tRecords, record] = await Promise.all([getTranslations("evidence"), getTranslations("records"), loadQuoteRecord(id)]);
  const quote = found(record);
  const href = evidenceHref(id);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        eyebrow={`${t("detailEyebrow")} · ${quote.article.title}`}
        title={t("editTitle")}
        meta={<TextLink href={href}>{tRecords("backToRecord")}</TextLink>}
      />
      <QuoteForm record={quote} cancelHref={href} />
    </div>
  );
}
