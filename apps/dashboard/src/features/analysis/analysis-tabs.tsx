// The analysis views' own navigation (the header has one "Analysis" entry for all of them).
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/utils";

export type AnalysisView = "timeline" | "matrix" | "diff" | "sticking-points";

const VIEWS: readonly { view: AnalysisView; key: string }[] = [
  { view: "timeline", key: "timeline" },
  { view: "matrix", key: "matrix" },
  { view: "diff", key: "diff" },
  { view: "sticking-points", key: "stickingPoints" },
];

export async function AnalysisTabs({ current }: { current: AnalysisView | null }) {
  const t = await getTranslations("analysis");
  return (
    <nav aria-label={t("views")} className="mb-4 flex flex-wrap gap-1 border-b">
      {VIEWS.map(({ view, key }) => (
        <a
          key={view}
          href={`/analysis/${view}`}
          aria-current={view === current ? "page" : undefined}
          className={cn(
            "-mb-px rounded-t-md border-b-2 px-3 py-2 text-sm font-medium outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60",
            view === current ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
          )}
        >
          {t(`view.${key}`)}
        </a>
      ))}
    </nav>
  );
}
