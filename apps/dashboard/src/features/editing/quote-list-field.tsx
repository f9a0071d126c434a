"use client";
// The quotes behind a record, as a form edits them: each can be removed, more are added by words of
// their article (the quote picker). Used by forms whose record needs one or more quotes.
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import type { PickOption } from "./pick-option";
import { RecordPicker } from "./record-picker";

interface QuoteListFieldProps {
  id: string;
  legend: string;
  value: PickOption[];
  onChange: (value: PickOption[]) => void;
  error?: string;
}

export function QuoteListField({ id, legend, value, onChange, error }: QuoteListFieldProps) {
  const t = useTranslations("editing");
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      {value.length > 0 ? (
        <ul className="space-y-2" data-testid={`${id}-list`}>
          {value.map((quote) => (
            <li key={quote.id} className="flex items-start gap-2 rounded-md border p-3 text-sm">
              <div className="min-w-0 flex-1">
                <blockquote className="line-clamp-3">“{quote.label}”</blockquote>
                {quote.detail ? <p className="mt-1 text-xs text-muted-foreground">{quote.detail}</p> : null}
              </div>
              <Button
                type="button"
                variant="ghost"
                size="icon"
                aria-label={t("removeQuote", { quote: quote.label.slice(0, 60) })}
                onClick={() => onChange(value.filter((q) => q.id !== quote.id))}
              >
                <X aria-hidden />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <Label htmlFor={id} className="text-xs text-muted-foreground">
        {t("addQuote")}
      </Label>
      <RecordPicker
        id={id}
        kind="quote"
        value={null}
        onChange={(q) => q && !value.some((e) => e.id === q.id) && onChange([...value, q])}
        invalid={Boolean(error)}
        describedBy={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
