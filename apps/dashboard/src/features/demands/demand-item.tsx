// One demand in a list on another record's page, its quotes folded under it.
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/data/text-link";
import { DraftBadge } from "@/components/data/status-badge";
import { Badge } from "@/components/ui/badge";
import type { DemandStatus, EditorialStatus } from "@/generated/enums";
import type { QuotePartsFragment } from "@/generated/graphql";
import { getFormat } from "@/lib/format";
import { QuoteList } from "@/features/evidence/quote-card";
import { demandHref } from "./demand-href";

export interface DemandItemValue {
  id: string;
  summary: string;
  demandStatus: DemandStatus;
  status: EditorialStatus;
  raised: { on: string | null; precision: "DAY" | "MONTH" | "YEAR" | "UNKNOWN" };
  fromParty: { slug: string; name: string };
  toParty: { slug: string; name: string } | null;
  topic: { slug: string; name: string };
  quotes: { totalCount: number; edges: { node: QuotePartsFragment }[] };
}

export async function DemandItem({ demand }: { demand: DemandItemValue }) {
  const [t, format] = await Promise.all([getTranslations("demands"), getFormat()]);
  return (
    <li className="rounded-md border">
      <details className="group">
        <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60 [&::-webkit-details-marker]:hidden">
          <span className="w-28 shrink-0 text-sm text-muted-foreground tabular-nums">{format.partialDate(demand.raised)}</span>
          <span className="text-sm">
            {demand.fromParty.name} → {demand.toParty?.name ?? t("noAddressee")}
          </span>
          <span className="text-sm font-medium">{demand.topic.name}</span>
          <Badge variant="outline">{format.enumLabel("DemandStatus", demand.demandStatus)}</Badge>
          <DraftBadge status={demand.status} />
          <span className="ml-auto text-xs text-muted-foreground">{t("quoteCount", { count: demand.quotes.totalCount })}</span>
          <span className="basis-full text-sm">{demand.summary}</span>
        </summary>
        <div className="grid gap-3 border-t px-3 py-3">
          <p className="text-sm">
            <TextLink href={demandHref(demand.id)}>{t("open")}</TextLink>
          </p>
          <QuoteList quotes={demand.quotes.edges.map((e) => e.node)} total={demand.quotes.totalCount} />
        </div>
      </details>
    </li>
  );
}
