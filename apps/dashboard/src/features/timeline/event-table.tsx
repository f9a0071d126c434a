// The events on a timeline as a server-rendered table (no client JS): the chart's event marks for
// screen readers, plus the undated ones and those outside the charted period.
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { EventView } from "./event-view";

export async function EventTable({ events, caption }: { events: EventView[]; caption: string }) {
  const t = await getTranslations("timeline");
  return (
    <Table data-testid="event-table">
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("eventDate")}</TableHead>
          <TableHead>{t("eventType")}</TableHead>
          <TableHead>{t("eventWhat")}</TableHead>
          <TableHead className="max-lg:hidden">{t("eventParties")}</TableHead>
          <TableHead>{t("eventSources")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((e) => (
          <TableRow key={e.id} data-testid="event-row" data-event={e.slug}>
            <TableCell className="min-w-24 align-top whitespace-normal tabular-nums">{e.dateLabel}</TableCell>
            <TableCell className="align-top">{e.typeLabel}</TableCell>
            <TableCell className="min-w-48 align-top text-sm whitespace-normal">
              <span className="font-medium">{e.title}</span>
              <span className="block text-muted-foreground">{e.summary}</span>
            </TableCell>
            <TableCell className="align-top text-sm whitespace-normal max-lg:hidden">{e.parties.map((p) => `${p.name} (${p.roleLabel})`).join(", ")}</TableCell>
            <TableCell className="min-w-48 align-top whitespace-normal">
              <ul className="grid gap-1">
                {e.quotes.slice(0, 2).map((q) => (
                  <li key={q.id} className="text-xs">
                    <a href={q.href} lang={q.language} className="line-clamp-2 underline-offset-4 hover:underline" data-testid="quote-link">
                      “{q.quote}”
                    </a>
                    <span className="text-muted-foreground">{[q.articleTitle, q.outlet, q.articleDate].filter(Boolean).join(" · ")}</span>
                  </li>
                ))}
                {e.quotes.length > 2 ? <li className="text-xs text-muted-foreground">{t("eventMoreSources", { count: e.quotes.length - 2 })}</li> : null}
              </ul>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
