// The landing page: how much is recorded, and every negotiation process with its rounds.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DraftBadge } from "@/components/data/status-badge";
import { TextLink } from "@/components/data/text-link";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { OverviewDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";

export async function OverviewPage() {
  const [t, tCommon, format] = await Promise.all([getTranslations("overview"), getTranslations("common"), getFormat()]);
  const data = await apiRequest(OverviewDocument, {});
  const stats = [
    { label: t("articles"), value: data.articles.totalCount, href: "/articles" },
    { label: t("positions"), value: data.positions.totalCount, href: "/positions" },
    { label: t("demands"), value: data.demands.totalCount, href: "/demands" },
    { label: t("rounds"), value: data.rounds.totalCount, href: "/rounds" },
    { label: t("parties"), value: data.parties.totalCount, href: "/parties" },
  ];
  return (
    <>
      <PageHeader title={t("title")} description={tCommon("tagline")} />
      <section aria-label={t("totals")} className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {stats.map((s) => (
          <Link
            key={s.href}
            href={s.href}
            className="rounded-lg border bg-card p-4 outline-none transition-colors hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/60"
          >
            <span className="block text-2xl font-semibold tabular-nums">{format.number(s.value)}</span>
            <span className="text-sm text-muted-foreground">{s.label}</span>
          </Link>
        ))}
      </section>
      <div className="grid gap-6">
        {data.processes.edges.map(({ node: process }) => (
          <Card key={process.id} aria-labelledby={`process-${process.slug}`}>
            <CardHeader>
              <CardTitle id={`process-${process.slug}`}>
                <TextLink href={`/processes/${encodeURIComponent(process.id)}`}>{process.name}</TextLink>
              </CardTitle>
              {process.description ? <CardDescription>{process.description}</CardDescription> : null}
            </CardHeader>
            <CardContent>
              <Table>
                <caption className="sr-only">{t("roundsOf", { name: process.name })}</caption>
                <TableHeader>
                  <TableRow className="hover:bg-transparent">
                    <TableHead scope="col">{t("round")}</TableHead>
                    <TableHead scope="col">{t("when")}</TableHead>
                    <TableHead scope="col">{t("where")}</TableHead>
                    <TableHead scope="col">{t("status")}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {process.rounds.edges.map(({ node: r }) => (
                    <TableRow key={r.slug}>
                      <TableCell>
                        <span className="flex flex-wrap items-center gap-2">
                          <TextLink href={`/rounds/${r.slug}`}>{r.title}</TextLink>
                          <DraftBadge status={r.status} />
                        </span>
                      </TableCell>
                      <TableCell className="whitespace-nowrap">{format.dateRange(r.start, r.end)}</TableCell>
                      <TableCell>{r.city ?? tCommon("none")}</TableCell>
                      <TableCell>
                        <Badge variant="outline">{format.enumLabel("RoundStatus", r.roundStatus)}</Badge>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
        ))}
      </div>
    </>
  );
}
