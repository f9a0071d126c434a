// One position with every quote behind it (visible, not folded: this is the page a chart or table links to).
import { getTranslations } from "next-intl/server";
import { DetailLayout } from "@/components/detail/detail-layout";
import { FieldList } from "@/components/detail/field-list";
import { Section } from "@/components/detail/section";
import { TextLink } from "@/components/data/text-link";
import { PageHeader } from "@/components/layout/page-header";
import { PositionDetailDocument } from "@/generated/graphql";
import { notFound } from "next/navigation";
import { apiRequest, canEdit, getSignedInUser } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { RecordMeta } from "@/features/audit/record-meta";
import { QuoteList } from "@/features/evidence/quote-card";
import { proposalHref } from "@/features/proposals/proposal-href";
import { MovementBadge, StanceBadge } from "./stance-badge";
import { PositionStateActions } from "./position-state-actions";

export async function PositionDetail({ id }: { id: string }) {
  const [t, tCommon, format, user] = await Promise.all([getTranslations("positions"), getTranslations("common"), getFormat(), getSignedInUser()]);
  const position = (await apiRequest(PositionDetailDocument, { id })).node;
  if (position?.__typename !== "Position") notFound();
  return (
    <DetailLayout
      toc={[
        { id: "details", label: tCommon("fields") },
        { id: "quotes", label: tCommon("quotesHeading") },
      ]}
      header={
        <PageHeader
          eyebrow={`${t("detailEyebrow")} · ${position.party.name} · ${position.topic.name}`}
          title={position.summary}
          meta={
            <>
              <StanceBadge stance={position.stance} />
              <MovementBadge movement={position.movement} />
              <RecordMeta id={position.id} status={position.status} version={position.version} />
              {canEdit(user) ? (
                <PositionStateActions
                  {...{ id: position.id, version: position.version, status: position.status, quoteCount: position.quotes.totalCount }}
                  draftQuoteIds={position.quotes.edges.filter((e) => e.node.status === "DRAFT").map((e) => e.node.id)}
                />
              ) : null}
            </>
          }
        />
      }
    >
      <Section id="details" title={tCommon("fields")}>
        <FieldList
          fields={[
            { label: t("party"), value: <TextLink href={`/parties/${position.party.slug}`}>{position.party.name}</TextLink> },
            { label: t("topic"), value: <TextLink href={`/topics/${position.topic.slug}`}>{position.topic.name}</TextLink> },
            { label: t("proposition"), value: position.topic.proposition },
            { label: t("stance"), value: <StanceBadge stance={position.stance} /> },
            { label: t("movement"), value: <MovementBadge movement={position.movement} /> },
            { label: t("stated"), value: format.partialDate(position.stated) },
            { label: t("round"), value: position.round ? <TextLink href={`/rounds/${position.round.slug}`}>{position.round.title}</TextLink> : null },
            { label: t("speaker"), value: position.speaker ? <TextLink href={`/people/${position.speaker.slug}`}>{position.speaker.name}</TextLink> : null },
            {
              label: t("proposal"),
              value: position.proposalVersion ? (
                <TextLink href={proposalHref(position.proposalVersion.proposal.id)}>
                  {position.proposalVersion.proposal.title} ({position.proposalVersion.label})
                </TextLink>
              ) : null,
            },
          ]}
        />
      </Section>
      <Section id="quotes" title={tCommon("quotesHeading")} count={format.number(position.quotes.totalCount)}>
        <QuoteList quotes={position.quotes.edges.map((e) => e.node)} total={position.quotes.totalCount} />
      </Section>
    </DetailLayout>
  );
}
