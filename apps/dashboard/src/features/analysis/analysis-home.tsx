// The analysis hub: the four views, each introduced by the question it answers.
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { AnalysisTabs } from "./analysis-tabs";

const VIEWS = [
  { href: "/analysis/timeline?parties=russia&topic=donbas", key: "timeline" },
  { href: "/analysis/diff?fromRound=abu-dhabi-1&toRound=abu-dhabi-2", key: "diff" },
  { href: "/analysis/sticking-points", key: "stickingPoints" },
  { href: "/analysis/matrix", key: "matrix" },
] as const;

export async function AnalysisHome() {
  const t = await getTranslations("analysis");
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      <AnalysisTabs current={null} />
      <ul className="grid gap-3 sm:grid-cols-2">
        {VIEWS.map((v) => (
          <li key={v.key}>
            <a
              href={v.href}
              className="block h-full rounded-lg border bg-card p-4 outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/60"
            >
              <span className="font-medium">{t(`view.${v.key}`)}</span>
              <span className="mt-1 block text-sm text-muted-foreground">{t(`viewHint.${v.key}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
