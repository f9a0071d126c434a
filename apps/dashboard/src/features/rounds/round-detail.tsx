// A round's story: where and when (every date a source gave, side by side with its source), who came
// and in which role, the agenda, the positions and demands stated there, and its outcome with its
// sources — tables, each fact linking to the passage behind it.
import { getTranslations } from "next-intl/server";
import { DetailLayout } from "@/components/detail/detail-layout";
import { FieldList } from "@/components/detail/field-list";
import { Section } from "@/components/detail/section";
import { TextLink } from "@/components/data/text-link";
import { LINK_LIST } from "@/components/detail/field-list";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { RoundDelegationsEditor } from "@/features/delegations/round-delegations-editor";
import { RoundDelegationsDocument, RoundDemandsDocument, RoundDetailDocument, RoundPositionsDocument } from "@/generated/graphql";
import { apiRequest, canEdit, found, getSignedInUser } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { RecordMeta } from "@/features/audit/record-meta";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toStatement } from "@/features/analysis/statement";
import { StatementTable } from "@/features/analysis/statement-table";
import { DemandHistoryTable } from "@/features/demands/demand-history-table";
import { readerHref } from "@/features/evidence/reader-href";
import { SourceLink } from "@/features/evidence/source-link";
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
  const statements = round.positions.edges.map(({ node }) => toStatement(node, format));
  // Sources disagree when they give different dates (e.g. an earlier article announced 1 February).
  const distinctDates = new Set(round.dateReports.map((r) => format.dateRange(r.start, r.end)));
  const outcomeSources = round.evidence.filter((f) => f.aspect === "OUTCOME");
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
            {
              label: t("outcome"),
              value: round.outcome ? (
                <span>
                  {round.outcome}{" "}
                  {outcomeSources.map((f) => (
                    <SourceLink key={f.evidence.id} evidence={f.evidence} label={t("source")} />
                  ))}
                </span>
              ) : null,
            },
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
          <>
            {distinctDates.size > 1 ? (
              <p className="mb-3 text-sm" data-testid="dates-conflict">
                <Badge variant="outline">{t("sourcesDisagree")}</Badge> {t("sourcesDisagreeHint", { count: distinctDates.size })}
              </p>
            ) : null}
            <Table data-testid="date-reports">
              <caption className="sr-only">{t("dateReports")}</caption>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("reportKind")}</TableHead>
                  <TableHead>{t("reportedDate")}</TableHead>
                  <TableHead>{t("quote")}</TableHead>
                  <TableHead>{t("sourceArticle")}</TableHead>
                  {editing ? <TableHead className="sr-only">{tCommon("actions")}</TableHead> : null}
                </TableRow>
              </TableHeader>
              <TableBody>
                {round.dateReports.map((report) => (
                  <TableRow key={report.id} data-testid="date-report">
                    <TableCell className="align-top">
                      <Badge variant="outline">{format.enumLabel("DateReportKind", report.kind)}</Badge>
                    </TableCell>
                    <TableCell className="align-top font-medium whitespace-nowrap tabular-nums">
                      {format.dateRange(report.start, report.end)}
                      {report.note ? <span className="block text-xs font-normal whitespace-normal text-muted-foreground">{report.note}</span> : null}
                    </TableCell>
                    <TableCell className="min-w-64 align-top whitespace-normal">
                      {report.evidence ? (
                        <a
                          href={readerHref(report.evidence.article.slug, report.evidence.id)}
                          lang={report.evidence.article.language}
                          className="underline-offset-4 hover:underline"
                          data-testid="quote-link"
                        >
                          “{report.evidence.quote}”
                        </a>
                      ) : (
                        "—"
                      )}
                    </TableCell>
                    <TableCell className="align-top text-xs whitespace-normal text-muted-foreground">
                      {report.evidence
                        ? [report.evidence.article.title, report.evidence.article.outlet?.name, format.partialDate(report.evidence.article.published)]
                            .filter(Boolean)
                            .join(" · ")
                        : "—"}
                    </TableCell>
                    {editing ? (
                      <TableCell className="align-top">
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
                              evidence: report.evidence
                                ? { id: report.evidence.id, label: report.evidence.quote, detail: report.evidence.article.title }
                                : null,
                              note: report.note ?? "",
                            },
                          }}
                        />
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </Section>
      <Section id="delegations" title={t("delegations")} count={format.number(round.delegations.length)}>
        <RoundDelegationsEditor slug={slug} />
        {round.delegations.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noDelegations")}</p>
        ) : (
          <Table data-testid="round-delegations">
            <caption className="sr-only">{t("delegations")}</caption>
            <TableHeader>
              <TableRow>
                <TableHead>{t("party")}</TableHead>
                <TableHead>{t("member")}</TableHead>
                <TableHead>{t("role")}</TableHead>
                <TableHead>{t("attendance")}</TableHead>
                <TableHead>{t("source")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {round.delegations.flatMap((d) =>
                d.members.map((m, i) => (
                  <TableRow key={`${d.id}-${m.person.slug}`}>
                    <TableCell className="align-top font-medium">
                      {i === 0 ? <TextLink href={`/parties/${d.party.slug}`}>{d.party.name}</TextLink> : null}
                    </TableCell>
                    <TableCell className="align-top">
                      <TextLink href={`/people/${m.person.slug}`}>{m.person.name}</TextLink>
                    </TableCell>
                    <TableCell className="align-top">{format.enumLabel("DelegationRole", m.role)}</TableCell>
                    <TableCell className="align-top">{format.enumLabel("Attendance", m.attendance)}</TableCell>
                    <TableCell className="align-top">{m.evidence ? <SourceLink evidence={m.evidence} label={t("source")} /> : "—"}</TableCell>
                  </TableRow>
                )),
              )}
            </TableBody>
          </Table>
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
          <Table data-testid="round-facts">
            <caption className="sr-only">{t("facts")}</caption>
            <TableHeader>
              <TableRow>
                <TableHead>{t("aspect")}</TableHead>
                <TableHead>{t("quote")}</TableHead>
                <TableHead>{t("sourceArticle")}</TableHead>
                {editing ? <TableHead className="sr-only">{tCommon("actions")}</TableHead> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {round.evidence.map((fact) => (
                <TableRow key={`${fact.aspect}-${fact.evidence.id}`}>
                  <TableCell className="align-top font-medium">{format.enumLabel("RoundAspect", fact.aspect)}</TableCell>
                  <TableCell className="min-w-64 align-top whitespace-normal">
                    <a
                      href={readerHref(fact.evidence.article.slug, fact.evidence.id)}
                      lang={fact.evidence.article.language}
                      className="underline-offset-4 hover:underline"
                    >
                      “{fact.evidence.quote}”
                    </a>
                  </TableCell>
                  <TableCell className="align-top text-xs whitespace-normal text-muted-foreground">
                    {[fact.evidence.article.title, fact.evidence.article.outlet?.name].filter(Boolean).join(" · ")}
                  </TableCell>
                  {editing ? (
                    <TableCell className="align-top">
                      <RemoveFactButton
                        roundId={round.id}
                        version={round.version}
                        evidenceId={fact.evidence.id}
                        aspect={fact.aspect}
                        quote={fact.evidence.quote}
                      />
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <Section id="positions" title={t("positions")} count={format.number(round.positions.totalCount)}>
        <StatementTable statements={statements} caption={t("positions")} hide={["round"]} testId="round-positions" />
      </Section>
      <Section id="demands" title={t("demands")} count={format.number(round.demands.totalCount)}>
        <DemandHistoryTable demands={round.demands.edges.map((e) => e.node)} caption={t("demands")} counterpart="both" />
      </Section>
    </DetailLayout>
  );
}
