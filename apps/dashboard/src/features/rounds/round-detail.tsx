// A round: where and when (with every date a source gave, side by side), who came, the agenda, what
// was said and demanded there, and its outcome — each fact with its quotes.
import { getTranslations } from "next-intl/server";
import { DetailLayout } from "@/components/detail/detail-layout";
import { FieldList } from "@/components/detail/field-list";
import { Section } from "@/components/detail/section";
import { TextLink } from "@/components/data/text-link";
import { LINK_LIST } from "@/components/detail/field-list";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { RoundDelegationsDocument, RoundDemandsDocument, RoundDetailDocument, RoundPositionsDocument } from "@/generated/graphql";
import { apiRequest, canEdit, found, getSignedInUser } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { RecordMeta } from "@/features/audit/record-meta";
import { DemandItems } from "@/features/demands/demand-items";
import { QuoteList } from "@/features/evidence/quote-card";
import { PositionItems } from "@/features/positions/position-items";
import { processHref } from "@/features/processes/process-href";
import { proposalHref } from "@/features/proposals/proposal-href";
import { historyHref } from "@/features/editing/history-href";
import { toPartialDateFields } from "@/features/editing/partial-date-value";
import { RecordStateButtons } from "@/features/editing/record-state-buttons";
import { AddDateReportButton, AddFactButton, DateReportActions, RemoveFactButton } from "./round-fact-controls";

export async function RoundDetail({ slug }: { slug: string }) {
  const [t, tCommon, tTalks, format, user] = await Promise.all([
    getTranslations("rounds"),
    getTranslations("common"),
    getTranslations("talks"),
    getFormat(),
    getSignedInUser(),
  ]);
  const [detail, delegations, positions, demands] = await Promise.all([
    apiRequest(RoundDetailDocument, { slug }),
    apiRequest(RoundDelegationsDocument, { slug }),
    apiRequest(RoundPositionsDocument, { slug }),
    apiRequest(RoundDemandsDocument, { slug }),
  ]);
  const round = { ...found(detail.round), ...found(delegations.round), ...found(positions.round), ...found(demands.round) };
  const none = tCommon("none");
  const editing = canEdit(user);
  const counts = { positions: round.positions.totalCount, demands: round.demands.totalCount, delegations: round.delegations.length };
  return (
    <DetailLayout
      toc={[
        { id: "details", label: tCommon("fields") },
        { id: "dates", label: t("dateReports") },
        { id: "delegations", label: t("delegations") },
        { id: "facts", label: t("facts") },
        { id: "positions", label: t("positions") },
        { id: "demands", label: t("demands") },
      ]}
      header={
        <PageHeader
          eyebrow={`${t("detailEyebrow")} · ${format.dateRange(round.start, round.end)}`}
          title={round.title}
          description={round.summary}
          meta={
            <>
              <Badge variant="outline">{format.enumLabel("RoundStatus", round.roundStatus)}</Badge>
              <RecordMeta id={round.id} status={round.status} version={round.version} />
              {editing ? (
                <RecordStateButtons
                  id={round.id}
                  version={round.version}
                  status={round.status}
                  editHref={`/rounds/${round.slug}/edit`}
                  historyHref={await historyHref(round.id)}
                  confirm={{
                    publish: { title: tTalks("round.state.publishTitle"), body: <p>{tTalks("round.state.publishBody")}</p> },
                    unpublish: { title: tTalks("round.state.unpublishTitle"), body: <p>{tTalks("round.state.unpublishBody", counts)}</p> },
                    delete: {
                      title: tTalks("round.state.deleteTitle"),
                      body: (
                        <>
                          <p>{tTalks("round.state.deleteBody")}</p>
                          <p>{tTalks("round.state.linked", counts)}</p>
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
            { label: t("when"), value: format.dateRange(round.start, round.end) },
            { label: t("where"), value: [round.venue, round.city, round.country].filter(Boolean).join(", ") || null },
            { label: t("format"), value: format.enumLabel("RoundFormat", round.format) },
            { label: t("process"), value: round.process ? <TextLink href={processHref(round.process.id)}>{round.process.name}</TextLink> : null },
            { label: t("sequence"), value: round.sequence === null ? null : format.number(round.sequence) },
            {
              label: t("participants"),
              value:
                round.participants.length > 0 ? (
                  <span className={LINK_LIST}>
                    {round.participants.map((p) => (
                      <span key={p.party.slug}>
                        <TextLink href={`/parties/${p.party.slug}`}>{p.party.name}</TextLink>{" "}
                        <span className="text-muted-foreground">({format.enumLabel("ParticipantRole", p.role)})</span>
                      </span>
                    ))}
                  </span>
                ) : null,
            },
            {
              label: t("agenda"),
              value:
                round.agenda.length > 0 ? (
                  <span className={LINK_LIST}>
                    {round.agenda.map((topic) => (
                      <TextLink key={topic.slug} href={`/topics/${topic.slug}`}>
                        {topic.name}
                      </TextLink>
                    ))}
                  </span>
                ) : null,
            },
            { label: t("outcome"), value: round.outcome },
            {
              label: t("proposals"),
              value:
                round.proposalVersions.length > 0 ? (
                  <span className={LINK_LIST}>
                    {round.proposalVersions.map((v) => (
                      <TextLink key={`${v.proposal.id}-${v.label}`} href={proposalHref(v.proposal.id)}>
                        {v.proposal.title} ({v.label})
                      </TextLink>
                    ))}
                  </span>
                ) : null,
            },
          ]}
        />
      </Section>
      <Section id="dates" title={t("dateReports")} count={format.number(round.dateReports.length)}>
        {editing ? (
          <div className="mb-3">
            <AddDateReportButton roundId={round.id} version={round.version} />
          </div>
        ) : null}
        {round.dateReports.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("none")}</p>
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {round.dateReports.map((report) => (
              <li key={report.id} className="grid content-start gap-2 rounded-md border p-3">
                <p className="text-sm">
                  <Badge variant="outline">{format.enumLabel("DateReportKind", report.kind)}</Badge>{" "}
                  <span className="font-medium">{format.dateRange(report.start, report.end)}</span>
                </p>
                {report.note ? <p className="text-sm text-muted-foreground">{report.note}</p> : null}
                {report.evidence ? <QuoteList quotes={[report.evidence]} /> : null}
                {editing ? (
                  <DateReportActions
                    roundId={round.id}
                    version={round.version}
                    reportText={`${format.enumLabel("DateReportKind", report.kind)}, ${format.dateRange(report.start, report.end)}`}
                    report={{
                      id: report.id,
                      values: {
                        kind: report.kind,
                        start: toPartialDateFields(report.start),
                        end: toPartialDateFields(report.end),
                        evidence: report.evidence ? { id: report.evidence.id, label: report.evidence.quote, detail: report.evidence.article.title } : null,
                        note: report.note ?? "",
                      },
                    }}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="delegations" title={t("delegations")} count={format.number(round.delegations.length)}>
        {round.delegations.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noDelegations")}</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {round.delegations.map((d) => (
              <div key={d.id} className="rounded-md border p-3">
                <h3 className="mb-2 font-semibold">
                  <TextLink href={`/parties/${d.party.slug}`}>{d.party.name}</TextLink>
                </h3>
                <ul className="grid gap-2">
                  {d.members.map((m) => (
                    <li key={m.person.slug} className="grid gap-1">
                      <p className="text-sm">
                        <TextLink href={`/people/${m.person.slug}`}>{m.person.name}</TextLink>
                        <span className="text-muted-foreground">
                          {" "}
                          · {format.enumLabel("DelegationRole", m.role)} · {format.enumLabel("Attendance", m.attendance)}
                        </span>
                      </p>
                      {m.evidence ? <QuoteList quotes={[m.evidence]} /> : null}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </Section>
      <Section id="facts" title={t("facts")} count={format.number(round.evidence.length)}>
        {editing ? (
          <div className="mb-3">
            <AddFactButton roundId={round.id} version={round.version} />
          </div>
        ) : null}
        {round.evidence.length === 0 ? (
          <p className="text-sm text-muted-foreground">{none}</p>
        ) : (
          <ul className="grid gap-3">
            {round.evidence.map((fact) => (
              <li key={`${fact.aspect}-${fact.evidence.id}`} className="grid gap-1">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="text-sm font-medium">{format.enumLabel("RoundAspect", fact.aspect)}</p>
                  {editing ? (
                    <RemoveFactButton
                      roundId={round.id}
                      version={round.version}
                      evidenceId={fact.evidence.id}
                      aspect={fact.aspect}
                      quote={fact.evidence.quote}
                    />
                  ) : null}
                </div>
                <QuoteList quotes={[fact.evidence]} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="positions" title={t("positions")} count={format.number(round.positions.totalCount)}>
        <PositionItems positions={round.positions.edges.map((e) => e.node)} />
      </Section>
      <Section id="demands" title={t("demands")} count={format.number(round.demands.totalCount)}>
        <DemandItems demands={round.demands.edges.map((e) => e.node)} />
      </Section>
    </DetailLayout>
  );
}
