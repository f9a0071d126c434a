// A proposal with each version's points and the quotes behind it.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DetailLayout } from "@/components/detail/detail-layout";
import { FieldList } from "@/components/detail/field-list";
import { Section } from "@/components/detail/section";
import { TextLink } from "@/components/data/text-link";
import { PageHeader } from "@/components/layout/page-header";
import { ProposalDetailDocument } from "@/generated/graphql";
import { apiRequest, canEdit, getSignedInUser } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { RecordMeta } from "@/features/audit/record-meta";
import { QuoteCard, QuoteList } from "@/features/evidence/quote-card";
import { historyHref } from "@/features/editing/history-href";
import { RecordStateButtons } from "@/features/editing/record-state-buttons";
import { proposalHref } from "./proposal-href";
import { AddProposalQuote, RemoveProposalQuote } from "./proposal-quote-controls";

export async function ProposalDetail({ id }: { id: string }) {
  const [t, tCommon, tTalks, format, user] = await Promise.all([
    getTranslations("proposals"),
    getTranslations("common"),
    getTranslations("talks"),
    getFormat(),
    getSignedInUser(),
  ]);
  const proposal = (await apiRequest(ProposalDetailDocument, { id })).node;
  if (proposal?.__typename !== "Proposal") notFound();
  const editing = canEdit(user);
  const versionCount = proposal.versions.length;
  return (
    <DetailLayout
      toc={[
        { id: "details", label: tCommon("fields") },
        ...proposal.versions.map((v) => ({ id: `version-${v.number}`, label: v.label })),
        { id: "quotes", label: tCommon("quotesHeading") },
      ]}
      header={
        <PageHeader
          eyebrow={t("detailEyebrow")}
          title={proposal.title}
          description={proposal.description}
          meta={
            <>
              <RecordMeta id={proposal.id} status={proposal.status} version={proposal.version} />
              {editing ? (
                <RecordStateButtons
                  id={proposal.id}
                  version={proposal.version}
                  status={proposal.status}
                  editHref={`${proposalHref(proposal.id)}/edit`}
                  historyHref={await historyHref(proposal.id)}
                  confirm={{
                    publish: { title: tTalks("proposal.state.publishTitle"), body: <p>{tTalks("proposal.state.publishBody", { count: versionCount })}</p> },
                    unpublish: { title: tTalks("proposal.state.unpublishTitle"), body: <p>{tTalks("proposal.state.unpublishBody")}</p> },
                    delete: {
                      title: tTalks("proposal.state.deleteTitle"),
                      body: (
                        <>
                          <p>{tTalks("proposal.state.deleteBody", { count: versionCount })}</p>
                          <p>{tTalks("quotesStay", { count: proposal.evidence.length })}</p>
                        </>
                      ),
                    },
                  }}
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
            {
              label: t("author"),
              value: proposal.authorParty ? <TextLink href={`/parties/${proposal.authorParty.slug}`}>{proposal.authorParty.name}</TextLink> : null,
            },
            { label: tCommon("description"), value: proposal.description },
          ]}
        />
      </Section>
      {proposal.versions.map((v) => (
        <Section
          key={v.number}
          id={`version-${v.number}`}
          title={v.label}
          count={`${format.partialDate(v.presented)}${v.pointCount ? ` · ${t("pointCount", { count: v.pointCount })}` : ""}`}
        >
          {v.summary ? <p className="mb-3 text-sm">{v.summary}</p> : null}
          {v.round ? (
            <p className="mb-3 text-sm">
              <TextLink href={`/rounds/${v.round.slug}`}>{v.round.title}</TextLink>
            </p>
          ) : null}
          {v.pointCountNote ? <p className="mb-3 text-sm text-muted-foreground">{v.pointCountNote}</p> : null}
          <ol className="grid gap-1 text-sm">
            {v.points.map((p) => (
              <li key={p.number} className="flex gap-2">
                <span className="w-6 shrink-0 text-right text-muted-foreground tabular-nums">{p.number}.</span>
                <span>
                  {p.text}
                  {p.topic ? (
                    <>
                      {" "}
                      <TextLink href={`/topics/${p.topic.slug}`} className="text-xs">
                        {p.topic.name}
                      </TextLink>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ol>
        </Section>
      ))}
      <Section id="quotes" title={tCommon("quotesHeading")} count={format.number(proposal.evidence.length)}>
        {editing ? (
          <>
            <AddProposalQuote proposalId={proposal.id} version={proposal.version} />
            <ul className="grid gap-3">
              {proposal.evidence.map((quote) => (
                <li key={quote.id} className="grid gap-1">
                  <QuoteCard quote={quote} />
                  <div className="flex justify-end">
                    <RemoveProposalQuote proposalId={proposal.id} version={proposal.version} evidenceId={quote.id} quote={quote.quote} />
                  </div>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <QuoteList quotes={proposal.evidence} />
        )}
      </Section>
    </DetailLayout>
  );
}
