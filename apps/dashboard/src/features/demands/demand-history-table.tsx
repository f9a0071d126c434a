// Demands as a table with their status over time ("Open, Jun 2023 → Rejected, Feb 2026"), each step
// linking to the quote that reports it; the demand itself links to its page and its first quote.
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/data/text-link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DemandStatus } from "@/generated/enums";
import { SourceLink, type SourceLinkValue } from "@/features/evidence/source-link";
import { getFormat, type PartialDateValue } from "@/lib/format";
import { demandHref } from "./demand-href";

export interface DemandHistoryValue {
  id: string;
  summary: string;
  demandStatus: DemandStatus;
  raised: PartialDateValue;
  fromParty: { slug: string; name: string };
  toParty: { slug: string; name: string } | null;
  topic: { slug: string; name: string };
  history: {
    id: string;
    demandStatus: DemandStatus;
    changed: PartialDateValue;
    round: { slug: string; title: string } | null;
    evidence: SourceLinkValue | null;
  }[];
  quotes: { edges: { node: SourceLinkValue }[] };
}

export async function DemandHistoryTable({
  demands,
  caption,
  counterpart,
}: {
  demands: DemandHistoryValue[];
  caption: string;
  counterpart: "to" | "from" | "both";
}) {
  const [t, tCommon, format] = await Promise.all([getTranslations("demands"), getTranslations("common"), getFormat()]);
  if (demands.length === 0) return <p className="text-sm text-muted-foreground">{tCommon("noneRecorded")}</p>;
  return (
    <Table data-testid="demand-history">
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("raised")}</TableHead>
          <TableHead>{counterpart === "to" ? t("to") : counterpart === "from" ? t("from") : `${t("from")} → ${t("to")}`}</TableHead>
          <TableHead>{t("topic")}</TableHead>
          <TableHead>{t("summary")}</TableHead>
          <TableHead>{t("history")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {demands.map((d) => {
          const party = counterpart === "from" ? d.fromParty : d.toParty;
          const first = d.quotes.edges[0]?.node;
          return (
            <TableRow key={d.id}>
              <TableCell className="align-top whitespace-nowrap tabular-nums">{format.partialDate(d.raised)}</TableCell>
              <TableCell className="align-top">
                {counterpart === "both" ? (
                  <>
                    <TextLink href={`/parties/${d.fromParty.slug}`}>{d.fromParty.name}</TextLink> →{" "}
                  </>
                ) : null}
                {party ? <TextLink href={`/parties/${party.slug}`}>{party.name}</TextLink> : t("noAddressee")}
              </TableCell>
              <TableCell className="align-top">
                <TextLink href={`/topics/${d.topic.slug}`}>{d.topic.name}</TextLink>
              </TableCell>
              <TableCell className="min-w-64 align-top whitespace-normal">
                <TextLink href={demandHref(d.id)}>{d.summary}</TextLink> {first ? <SourceLink evidence={first} label={t("source")} /> : null}
              </TableCell>
              <TableCell className="min-w-56 align-top whitespace-normal">
                {d.history.length === 0 ? (
                  <span className="font-medium">{format.enumLabel("DemandStatus", d.demandStatus)}</span>
                ) : (
                  <ol className="grid gap-0.5 text-xs" aria-label={t("history")}>
                    {d.history.map((h) => (
                      <li key={h.id} className="flex flex-wrap items-baseline gap-x-1.5">
                        <span className="font-medium">{format.enumLabel("DemandStatus", h.demandStatus)}</span>
                        <span className="text-muted-foreground tabular-nums">{format.partialDate(h.changed)}</span>
                        {h.round ? <TextLink href={`/rounds/${h.round.slug}`}>{h.round.title}</TextLink> : null}
                        {h.evidence ? <SourceLink evidence={h.evidence} label={t("source")} /> : null}
                      </li>
                    ))}
                  </ol>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
