// Cursor paging as plain links (works without JavaScript; the URL is the state).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export interface PageInfoValue {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

type Params = Record<string, string | string[] | undefined>;

function hrefWith(pathname: string, params: Params, change: { after?: string; before?: string }): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === "after" || key === "before" || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(key, v);
  }
  if (change.after) query.set("after", change.after);
  if (change.before) query.set("before", change.before);
  const qs = query.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

export async function Pagination({ pathname, searchParams, pageInfo }: { pathname: string; searchParams: Params; pageInfo: PageInfoValue }) {
  const t = await getTranslations("lists");
  const { hasPreviousPage, hasNextPage, startCursor, endCursor } = pageInfo;
  const linkClass = buttonVariants({ variant: "outline", size: "sm" });
  const disabledClass = cn(linkClass, "pointer-events-none opacity-50");
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-end gap-2">
      {hasPreviousPage && startCursor ? (
        <Link className={linkClass} href={hrefWith(pathname, searchParams, { before: startCursor })} rel="prev">
          <ChevronLeft aria-hidden /> {t("previous")}
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          <ChevronLeft aria-hidden /> {t("previous")}
        </span>
      )}
      {hasNextPage && endCursor ? (
        <Link className={linkClass} href={hrefWith(pathname, searchParams, { after: endCursor })} rel="next">
          {t("next")} <ChevronRight aria-hidden />
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          {t("next")} <ChevronRight aria-hidden />
        </span>
      )}
    </nav>
  );
}
