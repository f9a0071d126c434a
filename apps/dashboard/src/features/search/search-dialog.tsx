"use client";
// The palette itself: people, parties, topics by any spelling, rounds, articles by full text.
// Results come from /api/search (server side, with the session), grouped by kind; cmdk does the keys.
// Loaded only when first opened (see search-palette.tsx), so pages do not carry cmdk up front.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { CalendarDays, FileText, Flag, Hash, Search, Users } from "lucide-react";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import type { SearchGroups, SearchHit } from "./search-results";

const GROUPS = [
  { key: "people", icon: Users },
  { key: "parties", icon: Flag },
  { key: "topics", icon: Hash },
  { key: "rounds", icon: CalendarDays },
  { key: "articles", icon: FileText },
] as const;

function useSearch(query: string) {
  const [state, setState] = useState<{ query: string; groups: SearchGroups | null; failed: boolean }>({ query: "", groups: null, failed: false });
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then(async (r) =>
          r.ok ? setState({ query: q, groups: (await r.json()) as SearchGroups, failed: false }) : setState({ query: q, groups: null, failed: true }),
        )
        .catch((e: unknown) => {
          if (!(e instanceof DOMException && e.name === "AbortError")) setState({ query: q, groups: null, failed: true });
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  return query.trim().length < 2 ? { groups: null, failed: false, loading: false } : { ...state, loading: state.query !== query.trim() };
}

export function SearchDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("search");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const setOpen = onOpenChange;
  const [query, setQuery] = useState("");
  const { groups, failed, loading } = useSearch(query);

  const go = (href: string) => {
    setOpen(false);
    router.push(href);
  };
  const total = groups ? GROUPS.reduce((n, g) => n + groups[g.key].length, 0) : 0;

  return (
    <>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent className="overflow-hidden p-0" closeLabel={tCommon("close")}>
          <DialogTitle className="sr-only">{t("title")}</DialogTitle>
          <DialogDescription className="sr-only">{t("hint")}</DialogDescription>
          <Command shouldFilter={false} label={t("title")}>
            <CommandInput value={query} onValueChange={setQuery} placeholder={t("placeholder")} />
            <CommandList>
              {query.trim().length < 2 ? <p className="px-4 py-6 text-center text-sm text-muted-foreground">{t("hint")}</p> : null}
              {failed ? <p className="px-4 py-6 text-center text-sm">{t("failed")}</p> : null}
              {groups && !loading && total === 0 ? <CommandEmpty>{t("empty")}</CommandEmpty> : null}
              {groups
                ? GROUPS.map(({ key, icon: Icon }) =>
                    groups[key].length > 0 ? (
                      <CommandGroup key={key} heading={t(key)}>
                        {groups[key].map((hit: SearchHit) => (
                          <CommandItem key={hit.href} value={hit.href} onSelect={() => go(hit.href)}>
                            <Icon aria-hidden className="text-muted-foreground" />
                            <span className="truncate">{hit.title}</span>
                            {hit.matched ? <span className="truncate text-xs text-muted-foreground">{t("matched", { name: hit.matched })}</span> : null}
                            {hit.dateText ? <span className="ml-auto shrink-0 text-xs text-muted-foreground">{hit.dateText}</span> : null}
                          </CommandItem>
                        ))}
                      </CommandGroup>
                    ) : null,
                  )
                : null}
              {groups && query.trim().length >= 2 ? (
                <CommandGroup>
                  <CommandItem value="__all" onSelect={() => go(`/search?q=${encodeURIComponent(query.trim())}`)}>
                    <Search aria-hidden /> {t("allResults", { query: query.trim() })}
                  </CommandItem>
                </CommandGroup>
              ) : null}
            </CommandList>
          </Command>
        </DialogContent>
      </Dialog>
    </>
  );
}
