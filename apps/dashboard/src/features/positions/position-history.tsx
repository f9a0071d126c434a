// A position's history page: every change as a readable diff with "revert to this version", and the
// position as it stood on a chosen date, with the quotes it had then (the API's positionAsOf).
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PositionAsOfDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { HistoryPanel } from "@/features/editing/history-panel";
import { historyPresenter } from "@/features/editing/history-presenters";
import { changePositionState, revertPosition } from "./actions";
import { positionHref } from "./position-href";

/** `at` from the query string as an instant (a datetime-local value is read as UTC), or null. */
function instantOf(at: string | undefined): string | null {
  if (!at || !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(at)) return null;
  const instant = new Date(at.length === 10 ? `${at}T23:59:59Z` : `${at}:59Z`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

async function AsOf({ id, at }: { id: string; at: string | undefined }) {
  const [t, tPositions, format] = await Promise.all([getTranslations("editing"), getTranslations("positions"), getFormat()]);
  const instant = instantOf(at);
  const snapshot = instant ? (await apiRequest(PositionAsOfDocument, { id, at: instant })).positionAsOf : null;
  return (
    <section aria-labelledby="as-of-title" className="space-y-3 rounded-lg border bg-card p-4" data-testid="as-of">
      <h2 id="as-of-title" className="text-lg font-semibold">
        {t("asOf.title")}
      </h2>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="as-of-at">{t("asOf.at")}</Label>
          <Input
            id="as-of-at"
            name="at"
            type="datetime-local"
            defaultValue={at && at.length === 10 ? `${at}T23:59` : (at ?? "")}
            className="w-56"
            aria-describedby="as-of-hint"
          />
        </div>
        <Button type="submit" variant="outline">
          {t("asOf.show")}
        </Button>
        <p id="as-of-hint" className="w-full text-xs text-muted-foreground">
          {t("asOf.hint")}
        </p>
      </form>
      {instant && !snapshot ? <p className="text-sm text-muted-foreground">{t("asOf.none")}</p> : null}
      {snapshot ? (
        <div className="space-y-2 text-sm">
          <p>
            <span className="font-medium">{t("history.version", { version: snapshot.version })}</span> · {format.enumLabel("Stance", snapshot.stance)} ·{" "}
            {format.partialDate(snapshot.stated)} {snapshot.deleted ? `· ${t("history.deleted")}` : null}
          </p>
          <p>{snapshot.summary}</p>
          <h3 className="font-medium">{tPositions("quotes")}</h3>
          <ul className="space-y-2">
            {snapshot.evidence.map((q) => (
              <li key={q.id} className="rounded-md border p-2">
                <blockquote>“{q.quote}”</blockquote>
                {q.translation ? <p className="text-muted-foreground">{q.translation}</p> : null}
                <p className="text-xs text-muted-foreground">
                  {format.enumLabel("Attribution", q.attribution)} · {format.enumLabel("Confidence", q.confidence)}
                  {q.deleted ? ` · ${t("history.deleted")}` : null}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export async function PositionHistory({ id, at }: { id: string; at: string | undefined }) {
  const [t, presenter] = await Promise.all([getTranslations("editing"), historyPresenter("Position")]);
  const href = positionHref(id);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader eyebrow={t("positionEyebrow")} title={t("history.pageTitle")} meta={<TextLink href={href}>{t("backToRecord")}</TextLink>} />
      <AsOf id={id} at={at} />
      <HistoryPanel id={id} presenter={presenter} revert={revertPosition} restore={changePositionState} recordHref={href} />
    </div>
  );
}
