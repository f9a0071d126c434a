// A person: who they are, their roles over time, their seats at the table, what they said.
import { getTranslations } from "next-intl/server";
import { DetailLayout } from "@/components/detail/detail-layout";
import { FieldList } from "@/components/detail/field-list";
import { Section } from "@/components/detail/section";
import { TextLink } from "@/components/data/text-link";
import { PageHeader } from "@/components/layout/page-header";
import { PersonDetailDocument, PersonStatementsDocument } from "@/generated/graphql";
import { apiRequest, found } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { RecordMeta } from "@/features/audit/record-meta";
import { MergeSection } from "@/features/merge/merge-section";
import { EditorRecordActions } from "@/features/editing/editor-record-actions";
import { QuoteList } from "@/features/evidence/quote-card";
import { PositionItems } from "@/features/positions/position-items";

export async function PersonDetail({ slug }: { slug: string }) {
  const [t, tCommon, format] = await Promise.all([getTranslations("people"), getTranslations("common"), getFormat()]);
  const [detail, statements] = await Promise.all([apiRequest(PersonDetailDocument, { slug }), apiRequest(PersonStatementsDocument, { slug })]);
  const person = { ...found(detail.person), ...found(statements.person) };
  return (
    <DetailLayout
      toc={[
        { id: "details", label: tCommon("fields") },
        { id: "roles", label: t("roles") },
        { id: "seats", label: t("seats") },
        { id: "positions", label: t("positionsVoiced") },
        { id: "quotes", label: t("quotes") },
      ]}
      header={
        <PageHeader
          eyebrow={t("detailEyebrow")}
          title={person.name}
          description={person.description}
          meta={
            <>
              <RecordMeta id={person.id} status={person.status} version={person.version} />
              <EditorRecordActions
                id={person.id}
                version={person.version}
                status={person.status}
                kind="person"
                editHref={`/people/${person.slug}/edit`}
                recordHref={`/people/${person.slug}`}
                counts={{ roles: person.roles.length, seats: person.delegationSeats.totalCount, positionsVoiced: person.positionsVoiced.totalCount }}
              />
            </>
          }
        />
      }
    >
      <Section id="details" title={tCommon("fields")}>
        <FieldList
          fields={[
            { label: t("name"), value: person.name },
            { label: tCommon("aliases"), value: person.aliases.map((a) => (a.language ? `${a.name} (${a.language})` : a.name)).join(", ") || null },
            { label: tCommon("description"), value: person.description },
            { label: tCommon("slug"), value: <code>{person.slug}</code> },
          ]}
        />
      </Section>
      <Section id="roles" title={t("roles")} count={format.number(person.roles.length)}>
        {person.roles.length === 0 ? (
          <p className="text-sm text-muted-foreground">{tCommon("noneRecorded")}</p>
        ) : (
          <ul className="grid gap-3">
            {person.roles.map((role, i) => (
              <li key={`${role.title}-${i}`} className="grid gap-1">
                <p className="text-sm">
                  <span className="font-medium">{role.title}</span>
                  {role.party ? (
                    <>
                      {" · "}
                      <TextLink href={`/parties/${role.party.slug}`}>{role.party.name}</TextLink>
                    </>
                  ) : null}
                  <span className="text-muted-foreground"> · {format.dateRange(role.start, role.end)}</span>
                </p>
                {role.evidence ? <QuoteList quotes={[role.evidence]} /> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="seats" title={t("seats")} count={format.number(person.delegationSeats.totalCount)}>
        {person.delegationSeats.edges.length === 0 ? (
          <p className="text-sm text-muted-foreground">{tCommon("noneRecorded")}</p>
        ) : (
          <ul className="grid gap-3">
            {person.delegationSeats.edges.map(({ node: seat }, i) => (
              <li key={`${seat.delegation.round.slug}-${i}`} className="grid gap-1">
                <p className="text-sm">
                  <TextLink href={`/rounds/${seat.delegation.round.slug}`}>{seat.delegation.round.title}</TextLink>
                  <span className="text-muted-foreground"> · {format.partialDate(seat.delegation.round.start)} · </span>
                  <TextLink href={`/parties/${seat.delegation.party.slug}`}>{seat.delegation.party.name}</TextLink> ·{" "}
                  {format.enumLabel("DelegationRole", seat.role)} · {format.enumLabel("Attendance", seat.attendance)}
                </p>
                {seat.evidence ? <QuoteList quotes={[seat.evidence]} /> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="positions" title={t("positionsVoiced")} count={format.number(person.positionsVoiced.totalCount)}>
        <PositionItems positions={person.positionsVoiced.edges.map((e) => e.node)} />
      </Section>
      <Section id="quotes" title={t("quotes")} count={format.number(person.quotes.totalCount)}>
        <QuoteList quotes={person.quotes.edges.map((e) => e.node)} total={person.quotes.totalCount} />
      </Section>
      <MergeSection kind="person" keep={{ id: person.id, name: person.name }} />
    </DetailLayout>
  );
}
