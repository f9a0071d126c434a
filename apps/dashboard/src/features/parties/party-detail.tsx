// A party: what it is, where it sat at the table, and what it said and demanded, each with its quotes.
import { getTranslations } from "next-intl/server";
import { DetailLayout } from "@/components/detail/detail-layout";
import { FieldList } from "@/components/detail/field-list";
import { Section } from "@/components/detail/section";
import { TextLink } from "@/components/data/text-link";
import { PageHeader } from "@/components/layout/page-header";
import { PartyDemandsDocument, PartyDetailDocument, PartyPositionsDocument, PartyProposalsDocument } from "@/generated/graphql";
import { apiRequest, found } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { RecordMeta } from "@/features/audit/record-meta";
import { EditorRecordActions } from "@/features/editing/editor-record-actions";
import { DemandItem } from "@/features/demands/demand-item";
import { QuoteList } from "@/features/evidence/quote-card";
import { PositionItem } from "@/features/positions/position-item";

export async function PartyDetail({ slug }: { slug: string }) {
  const [t, tCommon, format] = await Promise.all([getTranslations("parties"), getTranslations("common"), getFormat()]);
  const [detail, positions, demands, proposals] = await Promise.all([
    apiRequest(PartyDetailDocument, { slug }),
    apiRequest(PartyPositionsDocument, { slug }),
    apiRequest(PartyDemandsDocument, { slug }),
    apiRequest(PartyProposalsDocument, { slug }),
  ]);
  const party = { ...found(detail.party), ...found(positions.party), ...found(demands.party), ...found(proposals.party) };
  const count = (n: number) => format.number(n);
  const toc = [
    { id: "details", label: tCommon("fields") },
    { id: "rounds", label: t("rounds") },
    { id: "delegations", label: t("delegations") },
    { id: "positions", label: t("positions") },
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

      <Section id="rounds" title={t("rounds")} count={count(party.participations.totalCount)}>
        <ul className="grid gap-1 text-sm">
          {party.participations.edges.map(({ node: p }) => (
            <li key={p.round.slug} className="flex flex-wrap gap-x-3">
              <span className="w-40 text-muted-foreground">{format.dateRange(p.round.start, p.round.end)}</span>
              <TextLink href={`/rounds/${p.round.slug}`}>{p.round.title}</TextLink>
              <span className="text-muted-foreground">{format.enumLabel("ParticipantRole", p.role)}</span>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="delegations" title={t("delegations")} count={count(party.delegations.totalCount)}>
        <ul className="grid gap-4">
          {party.delegations.edges.map(({ node: d }) => (
            <li key={d.id}>
              <h3 className="text-sm font-semibold">
                <TextLink href={`/rounds/${d.round.slug}`}>{d.round.title}</TextLink>{" "}
                <span className="font-normal text-muted-foreground">· {format.partialDate(d.round.start)}</span>
              </h3>
              <ul className="mt-2 grid gap-2">
                {d.members.map((m) => (
                  <li key={m.person.slug} className="grid gap-1">
                    <p className="text-sm">
                      <TextLink href={`/people/${m.person.slug}`}>{m.person.name}</TextLink> · {format.enumLabel("DelegationRole", m.role)} ·{" "}
                      {format.enumLabel("Attendance", m.attendance)}
                    </p>
                    {m.evidence ? <QuoteList quotes={[m.evidence]} /> : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="positions" title={t("positions")} count={count(party.positions.totalCount)}>
        <p className="mb-3 text-sm">
          <TextLink href={`/positions?party=${party.slug}`}>{t("filterPositions")}</TextLink>
        </p>
        <ul className="grid gap-2">
          {party.positions.edges.map(({ node }) => (
            <PositionItem key={node.id} position={node} />
          ))}
        </ul>
      </Section>

      <Section id="demands-made" title={t("demandsMade")} count={count(party.demandsMade.totalCount)}>
        <ul className="grid gap-2">
          {party.demandsMade.edges.map(({ node }) => (
            <DemandItem key={node.id} demand={node} />
          ))}
        </ul>
      </Section>

      <Section id="demands-received" title={t("demandsReceived")} count={count(party.demandsReceived.totalCount)}>
        <ul className="grid gap-2">
          {party.demandsReceived.edges.map(({ node }) => (
            <DemandItem key={node.id} demand={node} />
          ))}
        </ul>
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
