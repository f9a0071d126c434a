"use client";
// Ctrl/⌘-K anywhere opens the search palette. The trigger is all every page loads; the palette
// (cmdk, the dialog) is fetched the first time it opens.
import { useEffect, useState } from "react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";

const SearchDialog = dynamic(() => import("./search-dialog").then((m) => m.SearchDialog), { ssr: false });

export function SearchPalette() {
  const t = useTranslations("search");
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() === "k" && (e.metaKey || e.ctrlKey)) {
        e.preventDefault();
        setLoaded(true);
        setOpen((o) => !o);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <Button
        variant="outline"
        size="sm"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        className="w-44 justify-start text-muted-foreground max-md:w-auto"
        aria-keyshortcuts="Control+K Meta+K"
      >
        <Search aria-hidden />
        <span className="max-md:sr-only">{t("open")}</span>
        <kbd className="ml-auto rounded border bg-muted px-1.5 font-mono text-[10px] max-md:hidden">Ctrl K</kbd>
      </Button>
      {loaded ? <SearchDialog open={open} onOpenChange={setOpen} /> : null}
    </>
  );
}
