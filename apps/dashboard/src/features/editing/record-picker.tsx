"use client";
// A relationship picker: the chosen record, or a search box that finds records as you type (ARIA 1.2
// combobox with a listbox popup: arrows move, Enter picks, Escape closes). No giant drop-downs.
// For parties, people, topics and outlets the list ends with "Create …": a dialog makes the missing record.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import type { PickKind, PickOption } from "./pick-option";
import { QuickCreateDialog } from "./quick-create-dialog";
import { QUICK_CREATE_KINDS, type QuickCreateKind } from "./quick-create-schema";
import { usePickSearch } from "./use-pick-search";

interface RecordPickerProps {
  id: string;
  kind: PickKind;
  value: PickOption | null;
  onChange: (value: PickOption | null) => void;
  /** Optional relations can be cleared; required ones can only be replaced. */
  clearable?: boolean;
  invalid?: boolean;
  describedBy?: string;
  /** Offer to create a missing party, person or topic (on by default for those kinds). */
  creatable?: boolean;
}

const quickKindOf = (kind: PickKind): QuickCreateKind | undefined => QUICK_CREATE_KINDS.find((k) => k === kind);

export function RecordPicker({ id, kind, value, onChange, clearable = false, invalid = false, describedBy, creatable = true }: RecordPickerProps) {
  const t = useTranslations("editing");
  const tRecords = useTranslations("records");
  const listId = useId();
  const [query, setQuery] = useState("");
  const [searching, setSearching] = useState(value === null);
  const [active, setActive] = useState(0);
  const { options, loading, failed } = usePickSearch(kind, query);
  // With nothing chosen (or as an "add" box) the search box is all there is.
  const open = (searching || value === null) && query.trim().length >= 2;
  const quickKind = creatable ? quickKindOf(kind) : undefined;
  const [creating, setCreating] = useState<string | null>(null);
  const canCreate = quickKind !== undefined && open && !loading;
  const total = options.length + (canCreate ? 1 : 0);
  // Focus follows the editor between the search box and the chosen record, never to the page's top.
  const inputRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (searching ? inputRef.current : changeRef.current)?.focus();
  }, [searching]);
  const switchTo = (next: boolean) => {
    moved.current = true;
    setSearching(next);
  };

  const choose = (option: PickOption) => {
    onChange(option);
    setQuery("");
    switchTo(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && total > 0) {
      e.preventDefault();
      setActive((a) => (a + 1) % total);
    } else if (e.key === "ArrowUp" && total > 0) {
      e.preventDefault();
      setActive((a) => (a - 1 + total) % total);
    } else if (e.key === "Enter" && open) {
      e.preventDefault();
      const option = options[active];
      if (option) choose(option);
      else if (canCreate && active === options.length) setCreating(query.trim());
    } else if (e.key === "Escape") {
      if (query) setQuery("");
      else if (value) switchTo(false);
    }
  };

  if (!searching && value) {
    return (
      <div className="flex min-h-9 items-center gap-2 rounded-md border bg-background px-3 py-1.5" data-testid={`picked-${kind}`}>
        <div className="min-w-0 flex-1">
          <div className="truncate text-sm font-medium">{value.label}</div>
          {value.detail ? <div className="truncate text-xs text-muted-foreground">{value.detail}</div> : null}
        </div>
        <Button ref={changeRef} id={id} type="button" variant="ghost" size="sm" onClick={() => switchTo(true)} aria-describedby={describedBy}>
          {t("picker.change")}
          <span className="sr-only">: {value.label}</span>
        </Button>
        {clearable ? (
          <Button
            type="button"
            variant="ghost"
            size="icon"
            onClick={() => {
              onChange(null);
              switchTo(true);
            }}
            aria-label={t("picker.clear", { label: value.label })}
          >
            <X aria-hidden />
          </Button>
        ) : null}
      </div>
    );
  }

  const activeId = open && active < total ? `${listId}-${active}` : undefined;
  return (
    <div className="relative">
      <div className="flex gap-2">
        <Input
          ref={inputRef}
          id={id}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          placeholder={t(`picker.placeholder.${kind}`)}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        {value ? (
          <Button type="button" variant="outline" onClick={() => switchTo(false)}>
            {t("picker.keep")}
          </Button>
        ) : null}
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={t(`picker.results.${kind}`)}
        className={cn("absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md", !open && "hidden")}
      >
        {options.map((option, i) => (
          <li
            key={option.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={cn("cursor-pointer rounded-sm px-2 py-1.5 text-sm", i === active && "bg-accent text-accent-foreground")}
            onMouseEnter={() => setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(option)}
          >
            <div className={cn(kind === "quote" ? "line-clamp-2" : "truncate")}>{option.label}</div>
            {option.detail ? <div className="truncate text-xs text-muted-foreground">{option.detail}</div> : null}
          </li>
        ))}
        {canCreate ? (
          <li
            id={`${listId}-${options.length}`}
            role="option"
            aria-selected={active === options.length}
            data-testid="picker-create"
            className={cn(
              "flex cursor-pointer items-center gap-2 rounded-sm border-t px-2 py-1.5 text-sm",
              active === options.length && "bg-accent text-accent-foreground",
            )}
            onMouseEnter={() => setActive(options.length)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setCreating(query.trim())}
          >
            <Plus aria-hidden className="size-4" />
            {tRecords(`create.${kind}`, { name: query.trim() })}
          </li>
        ) : null}
        {open && !loading && options.length === 0 ? (
          <li role="presentation" className="px-2 py-1.5 text-sm text-muted-foreground">
            {failed ? t("picker.failed") : t("picker.none")}
          </li>
        ) : null}
        {open && loading ? (
          <li role="presentation" className="px-2 py-1.5 text-sm text-muted-foreground">
            {t("picker.loading")}
          </li>
        ) : null}
      </ul>
      {quickKind ? (
        <QuickCreateDialog
          kind={quickKind}
          name={creating}
          onClose={() => {
            setCreating(null);
            inputRef.current?.focus();
          }}
          onCreated={(option) => {
            setCreating(null);
            choose(option);
          }}
        />
      ) : null}
    </div>
  );
}
