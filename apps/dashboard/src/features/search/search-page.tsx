// The search page: the palette's results in full, grouped by kind, with article snippets highlighted.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/layout/page-header";
import { search, type SearchHit } from "./search-results";

const KINDS = ["people", "parties", "topics", "rounds", "articles"] as const;

export async function SearchPage({ query }: { query: string }) {
  const t = await getTranslations("search");
  const groups = query.trim().length >= 2 ? await search(query, { names: 25, articles: 20 }) : null;
  return (
    <>
      <PageHeader title={t("pageTitle")} description={t("noQuery")} />
      <form role="search" action="/search" className="mb-6 flex max-w-2xl gap-2">
        <label htmlFor="search-q" className="sr-only">
          {t("label")}
        </label>
        <Input id="search-q" name="q" type="search" defaultValue={query} placeholder={t("placeholder")} />
        <Button type="submit">{t("submit")}</Button>
      </form>
      {groups ? (
        <div className="grid gap-6 lg:grid-cols-2">
          {KINDS.map((kind) => (
            <section key={kind} aria-labelledby={`results-${kind}`} className={kind === "articles" ? "lg:col-span-2" : undefined}>
              <h2 id={`results-${kind}`} className="mb-2 text-base font-semibold">
                {t(kind)}{" "}
                <span className="text-sm font-normal text-muted-foreground">
                  {kind === "articles" ? t("articleTotal", { count: groups.articleTotal }) : groups[kind].length}
                </span>
              </h2>
              {groups[kind].length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("noneInGroup")}</p>
              ) : (
                <ul className="grid gap-2">
                  {groups[kind].map((hit) => (
                    <Hit key={hit.href} hit={hit} matchedLabel={hit.matched ? t("matched", { name: hit.matched }) : undefined} />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      ) : null}
    </>
  );
}

function Hit({ hit, matchedLabel }: { hit: SearchHit; matchedLabel: string | undefined }) {
  return (
    <li className="rounded-md border bg-card px-3 py-2">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <Link href={hit.href} className="font-medium text-primary underline-offset-4 hover:underline">
          {hit.title}
        </Link>
        {matchedLabel ? <span className="text-xs text-muted-foreground">{matchedLabel}</span> : null}
        {hit.detail ? <span className="text-xs text-muted-foreground">{hit.detail}</span> : null}
        {hit.dateText ? <span className="ml-auto text-xs text-muted-foreground">{hit.dateText}</span> : null}
      </div>
      {hit.snippet ? (
        <p className="mt-1 text-sm text-muted-foreground">
          {hit.snippet.map((part, i) =>
            part.mark ? (
              <mark key={i} className="rounded-sm bg-highlight px-0.5 text-highlight-foreground">
                {part.text}
              </mark>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </p>
      ) : null}
    </li>
  );
}
