// Statements as a plain server-rendered table (no client JS): date, party, topic, stance, movement
// (with any reported movement), summary, round and quotes. The story pages' accessible tables.
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ReportedNote } from "./reported-note";
import type { StatementView } from "./statement";
import { QuoteLinks, RoundLink, StanceChip } from "./statement-cells";

type Column = "party" | "topic" | "round";

export async function StatementTable({
  statements,
  caption,
  hide = [],
  testId,
}: {
  statements: StatementView[];
  caption: string;
  /** Columns the page already says (the party on its own page). */
  hide?: Column[];
  testId?: string;
}) {
  const t = await getTranslations("analysis");
  const tCommon = await getTranslations("common");
  if (statements.length === 0) return <p className="text-sm text-muted-foreground">{tCommon("noneRecorded")}</p>;
  const show = (c: Column) => !hide.includes(c);
  return (
    <Table data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("date")}</TableHead>
          {show("party") ? <TableHead>{t("party")}</TableHead> : null}
          {show("topic") ? <TableHead>{t("topic")}</TableHead> : null}
          <TableHead>{t("stance")}</TableHead>
          <TableHead>{t("movement")}</TableHead>
          <TableHead>{t("summary")}</TableHead>
          {show("round") ? <TableHead className="max-lg:hidden">{t("round")}</TableHead> : null}
          <TableHead>{t("quotes")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {statements.map((s) => (
          <TableRow key={s.id} data-testid="statement-row">
            <TableCell className="align-top whitespace-nowrap tabular-nums">{s.dateLabel}</TableCell>
            {show("party") ? <TableCell className="align-top">{s.party.name}</TableCell> : null}
            {show("topic") ? (
              <TableCell className="align-top whitespace-normal">
                <a className="underline-offset-4 hover:underline" href={`/topics/${s.topic.slug}`}>
                  {s.topic.name}
                </a>
              </TableCell>
            ) : null}
            <TableCell className="align-top">
              <StanceChip statement={s} />
            </TableCell>
            <TableCell className="align-top">
              {s.movementLabel}
              <ReportedNote reported={s.reported} word={t("reported")} />
            </TableCell>
            <TableCell className="min-w-56 align-top text-sm whitespace-normal">{s.summary}</TableCell>
            {show("round") ? (
              <TableCell className="align-top whitespace-normal max-lg:hidden">
                <RoundLink statement={s} />
              </TableCell>
            ) : null}
            <TableCell className="min-w-56 align-top whitespace-normal">
              <QuoteLinks statement={s} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
