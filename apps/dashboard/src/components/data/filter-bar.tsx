"use client";
// A list's filters, kept in the URL (nuqs): a copied link opens the same view. Every change goes
// back to the server (shallow: false), which renders the filtered page; paging restarts at the top.
import { useState, useTransition } from "react";
import { debounce, useQueryStates } from "nuqs";
import { useTranslations } from "next-intl";
import { ChevronDown, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuCheckboxItem, DropdownMenuContent, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { cn } from "@/lib/utils";
import { keysOf, parsersFor, type FilterField } from "./filter-spec";

type Value = string | string[] | boolean | null;

export function FilterBar({ fields, label }: { fields: FilterField[]; label: string }) {
  const t = useTranslations("lists");
  const [pending, startTransition] = useTransition();
  // Text inputs are uncontrolled (typing must not wait for the URL); clearing remounts them empty.
  const [generation, setGeneration] = useState(0);
  const [values, setValues] = useQueryStates(parsersFor(fields), { shallow: false, startTransition, history: "replace" });

  const set = (key: string, value: Value, typing = false) =>
    void setValues({ [key]: value === "" ? null : value, after: null, before: null }, typing ? { limitUrlUpdates: debounce(350) } : undefined);

  const active = fields.some((f) => keysOf(f).some((k) => (f.kind === "toggle" ? values[k] !== f.defaultOn : values[k] !== null)));
  const clear = () => {
    setGeneration((g) => g + 1);
    void setValues(Object.fromEntries([...fields.flatMap(keysOf), "after", "before"].map((k) => [k, null])));
  };

  return (
    <form
      role="search"
      aria-label={label}
      aria-busy={pending}
      onSubmit={(e) => e.preventDefault()}
      className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border bg-card p-3"
    >
      {fields.map((field) => {
        const id = `filter-${field.key}`;
        switch (field.kind) {
          case "text":
            return (
              <div key={field.key} className="grid w-64 gap-1">
                <label htmlFor={id} className="text-xs font-medium text-muted-foreground">
                  {field.label}
                </label>
                <Input
                  key={generation}
                  id={id}
                  type="search"
                  defaultValue={String(values[field.key] ?? "")}
                  placeholder={field.placeholder}
                  onChange={(e) => set(field.key, e.target.value, true)}
                />
              </div>
            );
          case "select":
            return (
              <div key={field.key} className="grid w-52 gap-1">
                <label htmlFor={id} className="text-xs font-medium text-muted-foreground">
                  {field.label}
                </label>
                <NativeSelect id={id} value={String(values[field.key] ?? "")} onChange={(e) => set(field.key, e.target.value)}>
                  <option value="">{field.anyLabel}</option>
                  {field.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {"\u00a0\u00a0".repeat(o.depth ?? 0)}
                      {o.label}
                    </option>
                  ))}
                </NativeSelect>
              </div>
            );
          case "multi": {
            const chosen = Array.isArray(values[field.key]) ? (values[field.key] as string[]) : [];
            const names = field.options.filter((o) => chosen.includes(o.value)).map((o) => o.label);
            return (
              <div key={field.key} className="grid w-44 gap-1">
                <span id={`${id}-label`} className="text-xs font-medium text-muted-foreground">
                  {field.label}
                </span>
                <DropdownMenu>
                  <DropdownMenuTrigger asChild>
                    <Button id={id} variant="outline" aria-labelledby={`${id}-label ${id}`} className="w-full justify-between font-normal">
                      <span className="truncate">{names.length > 0 ? names.join(", ") : field.anyLabel}</span>
                      <ChevronDown aria-hidden className="opacity-60" />
                    </Button>
                  </DropdownMenuTrigger>
                  <DropdownMenuContent align="start">
                    {field.options.map((o) => (
                      <DropdownMenuCheckboxItem
                        key={o.value}
                        checked={chosen.includes(o.value)}
                        onSelect={(e) => e.preventDefault()}
                        onCheckedChange={(on) => set(field.key, on ? [...chosen, o.value] : chosen.filter((v) => v !== o.value))}
                      >
                        {o.label}
                      </DropdownMenuCheckboxItem>
                    ))}
                  </DropdownMenuContent>
                </DropdownMenu>
              </div>
            );
          }
          case "dateRange": {
            const [fromKey, toKey] = keysOf(field) as [string, string];
            return (
              <fieldset key={field.key} className="grid gap-1">
                <legend className="mb-1 text-xs font-medium text-muted-foreground">{field.label}</legend>
                <div className="flex items-center gap-1">
                  <Input
                    aria-label={field.fromLabel}
                    type="date"
                    className="w-36"
                    value={String(values[fromKey] ?? "")}
                    onChange={(e) => set(fromKey, e.target.value)}
                  />
                  <span aria-hidden>–</span>
                  <Input
                    aria-label={field.toLabel}
                    type="date"
                    className="w-36"
                    value={String(values[toKey] ?? "")}
                    onChange={(e) => set(toKey, e.target.value)}
                  />
                </div>
              </fieldset>
            );
          }
          case "toggle":
            return (
              <label key={field.key} className="flex h-9 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4 accent-primary"
                  checked={values[field.key] === true}
                  onChange={(e) => set(field.key, e.target.checked === field.defaultOn ? null : e.target.checked)}
                />
                {field.label}
              </label>
            );
        }
      })}
      <Button type="button" variant="ghost" onClick={clear} className={cn(!active && "invisible")} aria-hidden={!active} tabIndex={active ? 0 : -1}>
        <X aria-hidden /> {t("clear")}
      </Button>
    </form>
  );
}
