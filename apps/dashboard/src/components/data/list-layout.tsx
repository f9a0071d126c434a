// The frame every list page shares: title, total, the order the API returns, filters, table, paging.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { getFormat } from "@/lib/format";

export async function ListLayout({
  title,
  description,
  total,
  order,
  filters,
  actions,
  children,
}: {
  title: string;
  description?: string;
  total: number;
  /** How the API orders this list, in words ("newest first"). */
  order: string;
  filters?: ReactNode;
  /** Links or buttons beside the total (e.g. "New article" for editors). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations("lists"), getFormat()]);
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        meta={
          <>
            <p className="text-sm text-muted-foreground" data-testid="list-total">
              {t("total", { count: total, formatted: format.number(total) })} · {t("order", { order })}
            </p>
            {actions}
          </>
        }
      />
      {filters}
      {children}
    </>
  );
}
