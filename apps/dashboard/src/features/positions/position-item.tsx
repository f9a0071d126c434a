// One position in a list on another record's page: the line that says what it is, and its quotes
// folded under it (a party can have hundreds; the page must stay scannable).
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/data/text-link";
import { DraftBadge } from "@/components/data/status-badge";
import type { Movement, Stance, EditorialStatus } from "@/generated/enums";
import type { QuotePartsFragment } from "@/generated/graphql";
import type { PartialDateValue } from "@/lib/format";
import { getFormat } from "@/lib/format";
import { QuoteList } from "@/features/evidence/quote-card";
import { MovementBadge, StanceBadge } from "./stance-badge";
import { positionHref } from "./position-href";

export interface PositionItemValue {
  id: string;
  stance: Stance;
  movement: Movement;
  summary: string;
  status: EditorialStatus;
  stated: PartialDateValue;
  party?: { slug: string; name: string };
  topic?: { slug: string; name: string };
  round?: { slug: string; title: string } | null;
  quotes: { totalCount: number; edges: { node: QuotePartsFragment }[] };
}

export async function PositionItem({ position }: { position: PositionItemValue }) {
  const [t, format] = await Promise.all([getTranslations("positions"), getFormat()]);
  return (
    <li className="rounded-md border">
      <details className="group">
        <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60 [&::-webkit-details-marker]:hidden">
          <span className="w-28 shrink-0 text-sm text-muted-foreground tabular-nums">{format.partialDate(position.stated)}</span>
          {position.party ? <span className="text-sm font-medium">{position.party.name}</span> : null}
          {position.topic ? <span className="text-sm font-medium">{position.topic.name}</span> : null}
          <StanceBadge stance={position.stance} />
          <MovementBadge movement={position.movement} />
          <DraftBadge status={position.status} />
          <span className="ml-auto text-xs text-muted-foreground">{t("quoteCount", { count: position.quotes.totalCount })}</span>
          <span className="basis-full text-sm">{position.summary}</span>
        </summary>
        <div className="grid gap-3 border-t px-3 py-3">
          <p className="flex flex-wrap gap-x-4 text-sm">
            <TextLink href={positionHref(position.id)}>{t("open")}</TextLink>
            {position.round ? (
              <span>
                {t("round")}: <TextLink href={`/rounds/${position.round.slug}`}>{position.round.title}</TextLink>
              </span>
            ) : null}
          </p>
          <QuoteList quotes={position.quotes.edges.map((e) => e.node)} total={position.quotes.totalCount} />
        </div>
      </details>
    </li>
  );
}
