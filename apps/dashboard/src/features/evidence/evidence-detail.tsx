// One quote: the passage, its source, where it sits in the article, and everything it supports.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DetailLayout } from "@/components/detail/detail-layout";
import { FieldList } from "@/components/detail/field-list";
import { Section } from "@/components/detail/section";
import { TextLink } from "@/components/data/text-link";
import { PageHeader } from "@/components/layout/page-header";
import { EvidenceDetailDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { RecordMeta } from "@/features/audit/record-meta";
import { EditorRecordActions } from "@/features/editing/editor-record-actions";
import { demandHref } from "@/features/demands/demand-href";
import { positionHref } from "@/features/positions/position-href";
import { evidenceHref } from "./evidence-href";
import { QuoteCard, QuoteList } from "./quote-card";
import { readerHref } from "./reader-href";

export async function EvidenceDetail({ id }: { id: string }) {
  const [t, tCommon, format] = await Promise.all([getTranslations("evidence"), getTranslations("common"), getFormat()]);
  const quote = (await apiRequest(EvidenceDetailDocument, { id })).node;
  if (quote?.__typename !== "Evidence") notFound();
  return (
    <DetailLayout
      toc={[
        { id: "quote", label: t("detailEyebrow") },
        { id: "supports", label: t("supports") },
      ]}
      header={
        <PageHeader
          eyebrow={t("detailEyebrow")}
          title={quote.article.title}
          meta={
            <>
              <RecordMeta id={quote.id} status={quote.status} version={quote.version} />
              <EditorRecordActions
                id={quote.id}
                version={quote.version}
                status={quote.status}
                kind="quote"
                editHref={`${evidenceHref(quote.id)}/edit`}
                recordHref={evidenceHref(quote.id)}
                counts={{ positions: quote.supportedPositions.totalCount, demands: quote.supportedDemands.totalCount, rounds: quote.roundFacts.length }}
              />
            </>
          }
        />
      }
    >
      <Section id="quote" title={t("detailEyebrow")}>
        <div className="grid gap-4">
          <QuoteCard quote={quote} />
          <FieldList
            fields={[
              {
                label: t("offsets"),
                value: (
                  <TextLink href={readerHref(quote.article.slug, quote.id)}>{`${format.number(quote.startOffset)}–${format.number(quote.endOffset)}`}</TextLink>
                ),
              },
              { label: t("note"), value: quote.note },
              { label: t("denies"), value: quote.denies ? <QuoteList quotes={[quote.denies]} /> : null },
              { label: t("deniedBy"), value: quote.deniedBy.length > 0 ? <QuoteList quotes={quote.deniedBy} /> : null },
            ]}
          />
        </div>
      </Section>
      <Section id="supports" title={t("supports")}>
        <ul className="grid gap-1 text-sm">
          {quote.supportedPositions.edges.map(({ node: p }) => (
            <li key={p.id}>
              <TextLink href={positionHref(p.id)}>
                {p.party.name} · {p.topic.name}: {p.summary}
              </TextLink>
            </li>
          ))}
          {quote.supportedDemands.edges.map(({ node: d }) => (
            <li key={d.id}>
              <TextLink href={demandHref(d.id)}>
                {d.fromParty.name}: {d.summary}
              </TextLink>
            </li>
          ))}
          {quote.roundFacts.map((f) => (
            <li key={`${f.round.slug}-${f.aspect}`}>
              <TextLink href={`/rounds/${f.round.slug}#facts`}>
                {f.round.title} · {format.enumLabel("RoundAspect", f.aspect)}
              </TextLink>
            </li>
          ))}
        </ul>
        {quote.supportedPositions.edges.length + quote.supportedDemands.edges.length + quote.roundFacts.length === 0 ? (
          <p className="text-sm text-muted-foreground">{tCommon("noneRecorded")}</p>
        ) : null}
      </Section>
    </DetailLayout>
  );
}
