// A negotiation process and its rounds on a timeline (a small server-rendered chart), then as a list.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DetailLayout } from "@/components/detail/detail-layout";
import { Section } from "@/components/detail/section";
import { DraftBadge } from "@/components/data/status-badge";
import { TextLink } from "@/components/data/text-link";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { ProcessDetailDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { RecordMeta } from "@/features/audit/record-meta";
import { EditorRecordActions } from "@/features/editing/editor-record-actions";
import { processHref } from "./process-href";
import { daySpan } from "@/features/analysis/date-span";
import { ProcessTimeline, type ProcessRoundMark } from "./process-timeline";

export async function ProcessDetail({ id }: { id: string }) {
  const [t, tRounds, format] = await Promise.all([getTranslations("processes"), getTranslations("rounds"), getFormat()]);
  const process = (await apiRequest(ProcessDetailDocument, { id })).node;
  if (process?.__typename !== "NegotiationProcess") notFound();
  const marks: ProcessRoundMark[] = process.rounds.edges.flatMap(({ node: r }) => {
    const start = daySpan(r.start);
    if (!start) return [];
    const end = daySpan(r.end);
    return [
      {
        slug: r.slug,
        title: r.title,
        dateLabel: format.dateRange(r.start, r.end),
        span: { start: start.start, end: end && end.end > start.end ? end.end : start.end },
        statusLabel: format.enumLabel("RoundStatus", r.roundStatus),
        held: r.roundStatus === "HELD",
      },
    ];
  });
  return (
    <DetailLayout
      toc={[{ id: "rounds", label: t("rounds") }]}
      header={
        <PageHeader
          eyebrow={t("detailEyebrow")}
          title={process.name}
          description={process.description}
          meta={
            <>
              <RecordMeta id={process.id} status={process.status} version={process.version} />
              <EditorRecordActions
                id={process.id}
                version={process.version}
                status={process.status}
                kind="process"
                editHref={`${processHref(process.id)}/edit`}
                recordHref={processHref(process.id)}
                counts={{ rounds: process.rounds.totalCount }}
              />
            </>
          }
        />
      }
    >
      <Section id="rounds" title={t("rounds")} count={format.number(process.rounds.totalCount)}>
        {marks.length > 0 ? (
          <figure className="mb-4">
            <ProcessTimeline rounds={marks} title={t("timelineTitle", { name: process.name })} locale={format.locale} />
            <figcaption className="mt-1 text-xs text-muted-foreground">{t("timelineLegend")}</figcaption>
          </figure>
        ) : null}
        <ol className="grid gap-2">
          {process.rounds.edges.map(({ node: r }) => (
            <li key={r.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1 border-l-2 pl-3 text-sm">
              <span className="w-56 text-muted-foreground">{format.dateRange(r.start, r.end)}</span>
              <TextLink href={`/rounds/${r.slug}`}>{r.title}</TextLink>
              {r.city ? <span className="text-muted-foreground">{r.city}</span> : null}
              <Badge variant="outline">{format.enumLabel("RoundStatus", r.roundStatus)}</Badge>
              <DraftBadge status={r.status} />
            </li>
          ))}
        </ol>
        {process.rounds.edges.length === 0 ? <p className="text-sm text-muted-foreground">{tRounds("none")}</p> : null}
      </Section>
    </DetailLayout>
  );
}
