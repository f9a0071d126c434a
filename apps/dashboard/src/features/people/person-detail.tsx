// A person's story: their roles over time, their seats at the table, the positions they voiced and the
// quotes they are the speaker of — tables, each fact linking to its source.
import { getTranslations } from "next-intl/server";
import { DetailLayout } from "@/components/detail/detail-layout";
import { FieldList } from "@/components/detail/field-list";
import { Section } from "@/components/detail/section";
import { TextLink } from "@/components/data/text-link";
import { PageHeader } from "@/components/layout/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PersonDetailDocument, PersonStatementsDocument } from "@/generated/graphql";
import { apiRequest, found } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { StatementTable } from "@/features/analysis/statement-table";
import { RecordMeta } from "@/features/audit/record-meta";
import { MergeSection } from "@/features/merge/merge-section";
import { EditorRecordActions } from "@/features/editing/editor-record-actions";
import { readerHref } from "@/features/evidence/reader-href";
import { SourceLink } from "@/features/evidence/source-link";
import { ViewActions } from "@/features/export/view-actions";
import { exportHref, viewActionLabels } from "@/features/export/view-action-labels";
import { loadPositionsVoiced } from "./load-positions-voiced";

export async function PersonDetail({ slug }: { slug: string }) {
  const [t, tCommon, format, actionLabels] = await Promise.all([getTranslations("people"), getTranslations("common"), getFormat(), viewActionLabels()]);
  const [detail, statements, voiced] = await Promise.all([
    apiRequest(PersonDetailDocument, { slug }),
    apiRequest(PersonStatementsDocument, { slug }),
    loadPositionsVoiced(slug, format),
  ]);
  const person = { ...found(detail.person), ...found(statements.person) };
  const none = <p className="text-sm text-muted-foreground">{tCommon("noneRecorded")}</p>;
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
          none
        ) : (
          <Table data-testid="person-roles">
            <caption className="sr-only">{t("roles")}</caption>
            <TableHeader>
              <TableRow>
                <TableHead>{t("period")}</TableHead>
                <TableHead>{t("roleTitle")}</TableHead>
                <TableHead>{t("party")}</TableHead>
                <TableHead>{t("source")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {person.roles.map((role, i) => (
                <TableRow key={`${role.title}-${i}`}>
                  <TableCell className="align-top whitespace-nowrap tabular-nums">{format.dateRange(role.start, role.end)}</TableCell>
                  <TableCell className="align-top font-medium whitespace-normal">{role.title}</TableCell>
                  <TableCell className="align-top">{role.party ? <TextLink href={`/parties/${role.party.slug}`}>{role.party.name}</TextLink> : "—"}</TableCell>
                  <TableCell className="align-top">{role.evidence ? <SourceLink evidence={role.evidence} label={t("sourceLink")} /> : "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <Section id="seats" title={t("seats")} count={format.number(person.delegationSeats.totalCount)}>
        {person.delegationSeats.edges.length === 0 ? (
          none
        ) : (
          <Table data-testid="person-seats">
            <caption className="sr-only">{t("seats")}</caption>
            <TableHeader>
              <TableRow>
                <TableHead>{t("when")}</TableHead>
                <TableHead>{t("round")}</TableHead>
                <TableHead>{t("party")}</TableHead>
                <TableHead>{t("seat")}</TableHead>
                <TableHead>{t("source")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {person.delegationSeats.edges.map(({ node: seat }, i) => (
                <TableRow key={`${seat.delegation.round.slug}-${i}`}>
                  <TableCell className="align-top whitespace-nowrap tabular-nums">{format.partialDate(seat.delegation.round.start)}</TableCell>
                  <TableCell className="align-top whitespace-normal">
                    <TextLink href={`/rounds/${seat.delegation.round.slug}`}>{seat.delegation.round.title}</TextLink>
                  </TableCell>
                  <TableCell className="align-top">
                    <TextLink href={`/parties/${seat.delegation.party.slug}`}>{seat.delegation.party.name}</TextLink>
                  </TableCell>
                  <TableCell className="align-top">
                    {format.enumLabel("DelegationRole", seat.role)} · {format.enumLabel("Attendance", seat.attendance)}
                  </TableCell>
                  <TableCell className="align-top">{seat.evidence ? <SourceLink evidence={seat.evidence} label={t("sourceLink")} /> : "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <Section id="positions" title={t("positionsVoiced")} count={format.number(voiced.total)}>
        <div className="mb-3 flex justify-end">
          <ViewActions
            exportHref={exportHref("positions-voiced", { person: person.slug })}
            fileName={`parley-positions-voiced-${person.slug}`}
            labels={actionLabels}
          />
        </div>
        <StatementTable statements={voiced.statements} caption={t("positionsVoiced")} testId="positions-voiced" />
      </Section>
      <Section id="quotes" title={t("quotes")} count={format.number(person.quotes.totalCount)}>
        {person.quotes.edges.length === 0 ? (
          none
        ) : (
          <Table data-testid="person-quotes">
            <caption className="sr-only">{t("quotes")}</caption>
            <TableHeader>
              <TableRow>
                <TableHead>{t("articleDate")}</TableHead>
                <TableHead>{t("quote")}</TableHead>
                <TableHead>{t("article")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {person.quotes.edges.map(({ node: q }) => (
                <TableRow key={q.id}>
                  <TableCell className="align-top whitespace-nowrap tabular-nums">{format.partialDate(q.article.published)}</TableCell>
                  <TableCell className="min-w-72 align-top whitespace-normal">
                    <a
                      href={readerHref(q.article.slug, q.id)}
                      lang={q.article.language}
                      className="underline-offset-4 hover:underline"
                      data-testid="quote-link"
                    >
                      “{q.quote}”
                    </a>
                    {q.translation ? (
                      <p lang={q.translationLanguage ?? undefined} className="mt-1 text-xs text-muted-foreground italic">
                        {q.translation}
                      </p>
                    ) : null}
                  </TableCell>
                  <TableCell className="align-top text-xs whitespace-normal text-muted-foreground">
                    {[q.article.title, q.article.outlet?.name].filter(Boolean).join(" · ")}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <MergeSection kind="person" keep={{ id: person.id, name: person.name }} />
    </DetailLayout>
  );
}
