// A detail page: header, then sections with a table of contents beside them (above them when narrow).
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

export interface TocEntry {
  id: string;
  label: string;
}

export async function DetailLayout({ header, toc, children }: { header: ReactNode; toc: TocEntry[]; children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <>
      {header}
      <div className="grid gap-6 lg:grid-cols-[13rem_minmax(0,1fr)]">
        <nav aria-label={t("contents")} className="lg:sticky lg:top-28 lg:self-start">
          <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted-foreground">{t("contents")}</p>
          <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm lg:grid lg:gap-1">
            {toc.map((entry) => (
              <li key={entry.id}>
                <a
                  href={`#${entry.id}`}
                  className="rounded-sm text-muted-foreground underline-offset-4 outline-none hover:text-foreground hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/60"
                >
                  {entry.label}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <div className="grid min-w-0 gap-4">{children}</div>
      </div>
    </>
  );
}
