"use client";
// Other names and spellings as chips: type one and press Enter (or Add), remove one with its ×. The
// record's own names come first and cannot be removed: the API always keeps them among the aliases.
import { useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { Lock, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

interface AliasesFieldProps {
  id: string;
  label: string;
  /** The record's own names (name, short name) as the form now holds them. */
  ownNames: string[];
  value: string[];
  onChange: (aliases: string[]) => void;
  error?: string;
}

export const ALIAS_MAX = 200;

export function AliasesField({ id, label, ownNames, value, onChange, error }: AliasesFieldProps) {
  const t = useTranslations("records");
  const [text, setText] = useState("");
  const own = ownNames.map((n) => n.trim()).filter((n, i, all) => n !== "" && all.indexOf(n) === i);
  const add = () => {
    const alias = text.trim();
    if (alias === "") return;
    // Spellings differing only in accents are kept apart: sources use both.
    if (!own.includes(alias) && !value.includes(alias)) onChange([...value, alias]);
    setText("");
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the alias here instead of submitting the form.
    if (e.key === "Enter") {
      e.preventDefault();
      add();
    }
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset className="space-y-2" aria-describedby={error ? errorId : hintId}>
      <legend className="text-sm font-medium">{label}</legend>
      <ul className="flex flex-wrap gap-2" aria-label={t("aliases.list")} data-testid="alias-chips">
        {own.map((name) => (
          <li key={`own-${name}`} className="inline-flex items-center gap-1 rounded-full border bg-muted px-3 py-1 text-sm" data-testid="alias-own">
            <Lock aria-hidden className="size-3 text-muted-foreground" />
            {name}
            <span className="sr-only"> ({t("aliases.ownName")})</span>
          </li>
        ))}
        {value.map((alias) => (
          <li key={alias} className="inline-flex items-center gap-1 rounded-full border py-0.5 pl-3 pr-1 text-sm" data-testid="alias-chip">
            {alias}
            <Button
              type="button"
              variant="ghost"
              size="icon"
              className="size-6 rounded-full"
              aria-label={t("aliases.remove", { alias })}
              onClick={() => onChange(value.filter((a) => a !== alias))}
            >
              <X aria-hidden className="size-3" />
            </Button>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <Input
          id={id}
          value={text}
          maxLength={ALIAS_MAX}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          aria-label={t("aliases.add")}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={error ? errorId : hintId}
          placeholder={t("aliases.placeholder")}
        />
        <Button type="button" variant="outline" onClick={add} disabled={text.trim() === ""}>
          {t("aliases.addButton")}
        </Button>
      </div>
      {error ? (
        <p id={errorId} className="text-sm text-destructive">
          {error}
        </p>
      ) : (
        <p id={hintId} className="text-xs text-muted-foreground">
          {t("aliases.hint")}
        </p>
      )}
    </fieldset>
  );
}
