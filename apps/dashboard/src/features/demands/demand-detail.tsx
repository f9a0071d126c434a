// One demand: who asks what of whom, its status history (each change with its quote), its quotes.
import { getTranslations } from "next-intl/server";
import { DetailLayout } from "@/components/detail/detail-layout";
import { FieldList } from "@/components/detail/field-list";
import { Section } from "@/components/detail/section";
import { TextLink } from "@/components/data/text-link";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { DemandDetailDocument } from "@/generated/graphql";
import { notFound } from "next/navigation";
import { apiRequest, canEdit, getSignedInUser } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { RecordMeta } from "@/features/audit/record-meta";
import { QuoteList } from "@/features/evidence/quote-card";
import { Button } from "@/components/ui/button";
import { historyHref } from "@/features/editing/history-href";
import { toPartialDateFields } from "@/features/editing/partial-date-value";
import { RecordStateButtons } from "@/features/editing/record-state-buttons";
import { demandHref } from "./demand-href";
import { StatusChangeDialog } from "./status-change-dialog";
import { StatusEntryActions } from "./status-entry-actions";

export async function DemandDetail({ id }: { id: string }) {
  const [t, tCommon, tTalks, format, user] = await Promise.all([
    getTranslations("demands"),
    getTranslations("common"),
    getTranslations("talks"),
    getFormat(),
    getSignedInUser(),
  ]);
  const demand = (await apiRequest(DemandDetailDocument, { id })).node;
  if (demand?.__typename !== "Demand") notFound();
  const editing = canEdit(user);
  const draftQuotes = demand.quotes.edges.filter((e) => e.node.status === "DRAFT").length;
  return (
    <DetailLayout
      toc={[
        { id: "details", label: tCommon("fields") },
        { id: "history", label: t("history") },
        { id: "quotes", label: tCommon("quotesHeading") },
      ]}
      header={
        <PageHeader
          eyebrow={`${t("detailEyebrow")} · ${demand.fromParty.name} → ${demand.toParty?.name ?? t("noAddressee")}`}
          title={demand.summary}
          meta={
            <>
              <Badge variant="outline">{format.enumLabel("DemandStatus", demand.demandStatus)}</Badge>
              <RecordMeta id={demand.id} status={demand.status} version={demand.version} />
              {editing ? (
                <RecordStateButtons
                  id={demand.id}
                  version={demand.version}
                  status={demand.status}
                  editHref={`${demandHref(demand.id)}/edit`}
                  historyHref={await historyHref(demand.id)}
                  confirm={{
                    publish: {
                      title: tTalks("demand.state.publishTitle"),
                      body: (
                        <>
                          <p>{tTalks("demand.state.publishBody")}</p>
                          {draftQuotes > 0 ? <p>{tTalks("draftQuotesHidden", { count: draftQuotes })}</p> : null}
                        </>
                      ),
                    },
                    unpublish: { title: tTalks("demand.state.unpublishTitle"), body: <p>{tTalks("demand.state.unpublishBody")}</p> },
                    delete: {
                      title: tTalks("demand.state.deleteTitle"),
                      body: (
                        <>
                          <p>{tTalks("demand.state.deleteBody", { count: demand.history.length })}</p>
                          <p>{tTalks("quotesStay", { count: demand.quotes.totalCount })}</p>
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
            { label: t("from"), value: <TextLink href={`/parties/${demand.fromParty.slug}`}>{demand.fromParty.name}</TextLink> },
            { label: t("to"), value: demand.toParty ? <TextLink href={`/parties/${demand.toParty.slug}`}>{demand.toParty.name}</TextLink> : null },
            { label: t("topic"), value: <TextLink href={`/topics/${demand.topic.slug}`}>{demand.topic.name}</TextLink> },
            { label: t("raised"), value: format.partialDate(demand.raised) },
            { label: t("round"), value: demand.round ? <TextLink href={`/rounds/${demand.round.slug}`}>{demand.round.title}</TextLink> : null },
            {
              label: t("supersededBy"),
              value: demand.supersededBy ? <TextLink href={demandHref(demand.supersededBy.id)}>{demand.supersededBy.summary}</TextLink> : null,
            },
          ]}
        />
      </Section>
      <Section id="history" title={t("history")} count={format.number(demand.history.length)}>
        {editing ? (
          <div className="mb-3">
            <StatusChangeDialog
              demandId={demand.id}
              version={demand.version}
              currentStatus={demand.demandStatus}
              trigger={
                <Button type="button" size="sm" variant="outline">
                  {tTalks("status.record")}
                </Button>
              }
            />
          </div>
        ) : null}
        <ol className="grid gap-3" data-testid="status-history">
          {demand.history.map((change) => (
            <li key={change.id} className="grid gap-1 border-l-2 pl-3">
              <p className="text-sm">
                <span className="text-muted-foreground">{format.partialDate(change.changed)}</span> ·{" "}
                <Badge variant="outline">{format.enumLabel("DemandStatus", change.demandStatus)}</Badge>
                {change.round ? (
                  <>
                    {" · "}
                    <TextLink href={`/rounds/${change.round.slug}`}>{change.round.title}</TextLink>
                  </>
                ) : null}
              </p>
              {change.note ? <p className="text-sm text-muted-foreground">{change.note}</p> : null}
              {change.evidence ? <QuoteList quotes={[change.evidence]} /> : null}
              {editing ? (
                <StatusEntryActions
                  demandId={demand.id}
                  version={demand.version}
                  currentStatus={demand.demandStatus}
                  onlyEntry={demand.history.length === 1}
                  entryText={`${format.enumLabel("DemandStatus", change.demandStatus)}, ${format.partialDate(change.changed)}`}
                  entry={{
                    id: change.id,
                    values: {
                      status: change.demandStatus,
                      changed: toPartialDateFields(change.changed),
                      round: change.round ? { id: change.round.id, label: change.round.title } : null,
                      evidence: change.evidence ? { id: change.evidence.id, label: change.evidence.quote, detail: change.evidence.article.title } : null,
                      note: change.note ?? "",
                    },
                  }}
                />
              ) : null}
            </li>
          ))}
        </ol>
      </Section>
      <Section id="quotes" title={tCommon("quotesHeading")} count={format.number(demand.quotes.totalCount)}>
        <QuoteList quotes={demand.quotes.edges.map((e) => e.node)} total={demand.quotes.totalCount} />
      </Section>
    </DetailLayout>
  );
}
