// A party's story: its stances across topics as a compact grid (each cell opens its quote, each topic
// its timeline), its delegations round by round, and its demands with their status over time.
import { getTranslations } from "next-intl/server";
import { DetailLayout } from "@/components/detail/detail-layout";
import { FieldList } from "@/components/detail/field-list";
import { Section } from "@/components/detail/section";
import { TextLink } from "@/components/data/text-link";
import { PageHeader } from "@/components/layout/page-header";
import { PartyDemandsDocument, PartyDetailDocument, PartyProposalsDocument } from "@/generated/graphql";
import { apiRequest, found } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { RecordMeta } from "@/features/audit/record-meta";
import { EditorRecordActions } from "@/features/editing/editor-record-actions";
import type { SearchParams } from "@/features/analysis/view-state";
import { DemandHistoryTable } from "@/features/demands/demand-history-table";
import { SourceLink } from "@/features/evidence/source-link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PartyStanceGrid } from "./party-stance-grid";

export async function PartyDetail({ slug, searchParams }: { slug: string; searchParams: SearchParams }) {
  const [t, tCommon, format] = await Promise.all([getTranslations("parties"), getTranslations("common"), getFormat()]);
  const [detail, demands, proposals] = await Promise.all([
    apiRequest(PartyDetailDocument, { slug }),
    apiRequest(PartyDemandsDocument, { slug }),
    apiRequest(PartyProposalsDocument, { slug }),
  ]);
  const party = { ...found(detail.party), ...found(demands.party), ...found(proposals.party) };
  const delegationAt = new Map(party.delegations.edges.map(({ node }) => [node.round.slug, node]));
  const count = (n: number) => format.number(n);
  const toc = [
    { id: "details", label: tCommon("fields") },
    { id: "stances", label: t("stances") },
    { id: "delegations", label: t("delegationsOverTime") },
    { id: "demands-made", label: t("demandsMade") },
    { id: "demands-received", label: t("demandsReceived") },
    { id: "proposals", label: t("proposals") },
  ];
  return (
    <DetailLayout
      toc={toc}
      header={
        <PageHeader
          eyebrow={format.enumLabel("PartyKind", party.kind)}
          title={format.name(party)}
          description={party.description}
          meta={
            <>
              <RecordMeta id={party.id} status={party.status} version={party.version} />
              <EditorRecordActions
                id={party.id}
                version={party.version}
                status={party.status}
                kind="party"
                editHref={`/parties/${party.slug}/edit`}
                recordHref={`/parties/${party.slug}`}
                counts={{
                  positions: party.positions.totalCount,
                  demandsMade: party.demandsMade.totalCount,
                  demandsReceived: party.demandsReceived.totalCount,
                  delegations: party.delegations.totalCount,
                  proposals: party.proposals.totalCount,
                }}
              />
            </>
          }
        />
      }
    >
      <Section id="details" title={tCommon("fields")}>
        <FieldList
          fields={[
            { label: t("name"), value: party.name },
            { label: t("shortName"), value: party.shortName },
            { label: t("kind"), value: format.enumLabel("PartyKind", party.kind) },
            { label: tCommon("aliases"), value: party.aliases.map((a) => (a.language ? `${a.name} (${a.language})` : a.name)).join(", ") || null },
            { label: tCommon("description"), value: party.description },
            { label: tCommon("slug"), value: <code>{party.slug}</code> },
          ]}
        />
      </Section>

      <Section id="stances" title={t("stances")}>
        <PartyStanceGrid party={party.slug} partyName={party.shortName ?? party.name} searchParams={searchParams} />
        <p className="mt-3 text-sm">
          <TextLink href={`/positions?party=${party.slug}`}>{t("filterPositions")}</TextLink>
        </p>
      </Section>

      <Section id="delegations" title={t("delegationsOverTime")} count={count(party.participations.totalCount)}>
        {party.participations.edges.length === 0 ? (
          <p className="text-sm text-muted-foreground">{tCommon("noneRecorded")}</p>
        ) : (
          <Table data-testid="party-delegations">
            <caption className="sr-only">{t("delegationsOverTime")}</caption>
            <TableHeader>
              <TableRow>
                <TableHead>{t("when")}</TableHead>
                <TableHead>{t("round")}</TableHead>
                <TableHead>{t("role")}</TableHead>
                <TableHead>{t("delegation")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {party.participations.edges.map(({ node: p }) => {
                const delegation = delegationAt.get(p.round.slug);
                return (
                  <TableRow key={p.round.slug}>
                    <TableCell className="align-top whitespace-nowrap tabular-nums">{format.dateRange(p.round.start, p.round.end)}</TableCell>
                    <TableCell className="align-top whitespace-normal">
                      <TextLink href={`/rounds/${p.round.slug}`}>{p.round.title}</TextLink>
                    </TableCell>
                    <TableCell className="align-top">{format.enumLabel("ParticipantRole", p.role)}</TableCell>
                    <TableCell className="align-top whitespace-normal">
                      {delegation && delegation.members.length > 0 ? (
                        <ul className="grid gap-0.5">
                          {delegation.members.map((m) => (
                            <li key={m.person.slug} className="flex flex-wrap items-baseline gap-x-1.5">
                              <TextLink href={`/people/${m.person.slug}`}>{m.person.name}</TextLink>
                              <span className="text-xs text-muted-foreground">
                                {format.enumLabel("DelegationRole", m.role)} · {format.enumLabel("Attendance", m.attendance)}
                              </span>
                              {m.evidence ? <SourceLink evidence={m.evidence} label={t("source")} /> : null}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="text-muted-foreground">—</span>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </Section>

      <Section id="demands-made" title={t("demandsMade")} count={count(party.demandsMade.totalCount)}>
        <DemandHistoryTable demands={party.demandsMade.edges.map((e) => e.node)} caption={t("demandsMade")} counterpart="to" />
      </Section>

      <Section id="demands-received" title={t("demandsReceived")} count={count(party.demandsReceived.totalCount)}>
        <DemandHistoryTable demands={party.demandsReceived.edges.map((e) => e.node)} caption={t("demandsReceived")} counterpart="from" />
      </Section>

      <Section id="proposals" title={t("proposals")} count={count(party.proposals.totalCount)}>
        <ul className="grid gap-1 text-sm">
          {party.proposals.edges.map(({ node }) => (
            <li key={node.id}>
              <TextLink href={`/proposals/${encodeURIComponent(node.id)}`}>{node.title}</TextLink>
            </li>
          ))}
        </ul>
      </Section>
    </DetailLayout>
  );
}
