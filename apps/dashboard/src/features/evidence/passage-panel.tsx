"use client";
// In the reader: select a passage, and a bar offers to make it evidence; the panel (a dialog, the page
// stays) sets attribution, confidence, speaker and translation, and backs a new or an existing position
// or a fact about a round.
// Offsets come from the selection in the body's own UTF-16 offsets (text-selection.ts).
import { useEffect, useState, useTransition } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Quote } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { enumValues } from "@/lib/format/enums";
import { formFieldOf } from "@/features/editing/action-result";
import { PartialDateInput } from "@/features/editing/partial-date-input";
import { EMPTY_PARTIAL_DATE } from "@/features/editing/partial-date-value";
import { RecordPicker } from "@/features/editing/record-picker";
import { passageOf, type Passage } from "@/features/editing/text-selection";
import { StancePicker } from "@/features/positions/stance-picker";
import { makePassageEvidence, type PassageBacking } from "./actions";
import { CONFIDENCES, PASSAGE_FIELDS, passageSchema, type PassageValues } from "./passage-schema";

const textareaClass =
  "min-h-20 w-full rounded-md border bg-transparent px-3 py-2 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive";

function useBodySelection(bodySelector: string, body: string): Passage | null {
  const [passage, setPassage] = useState<Passage | null>(null);
  useEffect(() => {
    const update = () => {
      const root = document.querySelector<HTMLElement>(bodySelector);
      const selection = window.getSelection();
      if (!root || !selection || selection.rangeCount === 0) return;
      const found = passageOf(root, selection.getRangeAt(0), body);
      // A click elsewhere (into the panel's bar) must not drop the passage just chosen.
      if (found || root.contains(selection.anchorNode)) setPassage(found);
    };
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [bodySelector, body]);
  return passage;
}

export function PassagePanel({ articleId, body, bodySelector }: { articleId: string; body: string; bodySelector: string }) {
  const t = useTranslations("editing");
  const tPositions = useTranslations("positions");
  const tEnums = useTranslations("enums");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const selected = useBodySelection(bodySelector, body);
  const [passage, setPassage] = useState<Passage | null>(null);
  const [done, setDone] = useState<PassageBacking | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();
  const form = useForm<PassageValues>({ resolver: zodResolver(passageSchema) });
  const { control, formState } = form;
  const target = useWatch({ control, name: "target" });
  const topic = useWatch({ control, name: "topic" });
  const errors = formState.errors;
  const message = (m: string | undefined) => (m === undefined ? undefined : t.has(`errors.${m}`) ? t(`errors.${m}`) : m);

  const open = (p: Passage) => {
    setPassage(p);
    setDone(null);
    setFormError(null);
    form.reset({
      article: articleId,
      start: p.start,
      end: p.end,
      exact: p.exact,
      attribution: "ON_RECORD",
      confidence: "MEDIUM",
      speaker: null,
      translation: "",
      target: "new",
      existing: null,
      round: null,
      aspect: "GENERAL",
      party: null,
      topic: null,
      stance: "OPEN_TO",
      summary: "",
      stated: EMPTY_PARTIAL_DATE,
    });
  };

  const onSubmit = form.handleSubmit((values) =>
    startSaving(async () => {
      setFormError(null);
      const result = await makePassageEvidence(values);
      if (result.ok) {
        toast.success(t("passage.done"));
        setDone({ kind: result.value.kind, href: result.value.href });
        router.refresh();
        return;
      }
      const field = formFieldOf(result.field, PASSAGE_FIELDS);
      if (field) form.setError(field, { type: "server", message: result.message }, { shouldFocus: true });
      else setFormError(result.message);
    }),
  );

  const picker = (
    name: "party" | "topic" | "speaker" | "existing" | "round",
    kind: "party" | "topic" | "person" | "position" | "round",
    label: string,
    clearable = false,
  ) => (
    <div className="space-y-1">
      <Label htmlFor={`passage-${name}`}>{label}</Label>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <RecordPicker
            id={`passage-${name}`}
            kind={kind}
            value={field.value}
            onChange={field.onChange}
            clearable={clearable}
            invalid={Boolean(errors[name])}
            describedBy={errors[name] ? `passage-${name}-error` : undefined}
          />
        )}
      />
      {errors[name] ? (
        <p id={`passage-${name}-error`} className="text-sm text-destructive">
          {message(errors[name].message)}
        </p>
      ) : null}
    </div>
  );

  return (
    <>
      {selected && !passage ? (
        <div
          role="region"
          aria-label={t("passage.barLabel")}
          className="fixed inset-x-0 bottom-4 z-40 mx-auto flex w-fit max-w-[calc(100%-2rem)] items-center gap-3 rounded-lg border bg-popover px-4 py-2 shadow-lg"
        >
          <span className="line-clamp-1 max-w-md text-sm">“{selected.exact}”</span>
          <Button size="sm" onClick={() => open(selected)}>
            <Quote aria-hidden />
            {t("passage.make")}
          </Button>
        </div>
      ) : null}
      <Dialog open={passage !== null} onOpenChange={(o) => !o && setPassage(null)}>
        <DialogContent
          closeLabel={tCommon("close")}
          className="top-0 right-0 left-auto h-full max-h-screen translate-x-0 overflow-y-auto rounded-none sm:max-w-xl"
        >
          <DialogTitle>{t("passage.title")}</DialogTitle>
          <DialogDescription>{t("passage.description", { start: passage?.start ?? 0, end: passage?.end ?? 0 })}</DialogDescription>
          {passage ? (
            <blockquote className="rounded-md border-l-4 border-primary bg-muted/50 p-3 text-sm" data-testid="passage-quote">
              <span className="text-muted-foreground">…{passage.prefix.slice(-20)}</span>
              <mark className="bg-highlight text-highlight-foreground">{passage.exact}</mark>
              <span className="text-muted-foreground">{passage.suffix.slice(0, 20)}…</span>
            </blockquote>
          ) : null}
          {done ? (
            <div role="status" className="space-y-2 rounded-md border bg-muted/50 p-3 text-sm">
              <p>{done.kind === "round" ? t("passage.doneRound") : t("passage.done")}</p>
              <Link className="font-medium text-primary underline-offset-4 hover:underline" href={done.href}>
                {done.kind === "round" ? t("passage.openRound") : t("passage.openPosition")}
              </Link>
            </div>
          ) : (
            <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("passage.title")}>
              {formError ? (
                <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2 text-sm">
                  {formError}
                </p>
              ) : null}
              <div className="grid gap-3 sm:grid-cols-2">
                <div className="flex flex-col gap-1">
                  <Label htmlFor="passage-attribution">{t("passage.attribution")}</Label>
                  <NativeSelect id="passage-attribution" {...form.register("attribution")}>
                    {enumValues.Attribution.map((a) => (
                      <option key={a} value={a}>
                        {tEnums(`Attribution.${a}`)}
                      </option>
                    ))}
                  </NativeSelect>
                </div>
                <div className="flex flex-col gap-1">
                  <Label htmlFor="passage-confidence">{t("passage.confidence")}</Label>
                  <NativeSelect id="passage-confidence" {...form.register("confidence")}>
                    {CONFIDENCES.map((c) => (
                      <option key={c} value={c}>
                        {tEnums(`Confidence.${c}`)}
                      </option>
                    ))}
                  </NativeSelect>
                </div>
              </div>
              {picker("speaker", "person", `${tPositions("speaker")} ${t("optional")}`, true)}
              <div className="space-y-1">
                <Label htmlFor="passage-translation">
                  {t("passage.translation")} <span className="font-normal text-muted-foreground">{t("optional")}</span>
                </Label>
                <textarea id="passage-translation" lang="en" className={textareaClass} {...form.register("translation")} />
              </div>
              <fieldset className="space-y-2">
                <legend className="text-sm font-medium">{t("passage.backs")}</legend>
                <div className="flex flex-wrap gap-4 text-sm">
                  {(["new", "existing", "roundFact"] as const).map((v) => (
                    <label key={v} className="flex items-center gap-2">
                      <input type="radio" value={v} className="accent-primary" {...form.register("target")} />
                      {t(`passage.target.${v}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
              {target === "roundFact" ? (
                <div className="space-y-4">
                  {picker("round", "round", t("passage.round"))}
                  <div className="flex flex-col gap-1">
                    <Label htmlFor="passage-aspect">{t("passage.aspect")}</Label>
                    <NativeSelect id="passage-aspect" {...form.register("aspect")}>
                      {enumValues.RoundAspect.map((a) => (
                        <option key={a} value={a}>
                          {tEnums(`RoundAspect.${a}`)}
                        </option>
                      ))}
                    </NativeSelect>
                  </div>
                </div>
              ) : target === "existing" ? (
                picker("existing", "position", t("passage.existing"))
              ) : (
                <div className="space-y-4">
                  {picker("party", "party", tPositions("party"))}
                  {picker("topic", "topic", tPositions("topic"))}
                  <Controller
                    control={control}
                    name="stance"
                    render={({ field }) => (
                      <StancePicker
                        name="passage-stance"
                        legend={tPositions("stance")}
                        value={field.value}
                        onChange={field.onChange}
                        proposition={topic?.proposition ?? null}
                      />
                    )}
                  />
                  <div className="space-y-1">
                    <Label htmlFor="passage-summary">{tPositions("summary")}</Label>
                    <textarea
                      id="passage-summary"
                      className={textareaClass}
                      aria-invalid={Boolean(errors.summary) || undefined}
                      aria-describedby={errors.summary ? "passage-summary-error" : undefined}
                      {...form.register("summary")}
                    />
                    {errors.summary ? (
                      <p id="passage-summary-error" className="text-sm text-destructive">
                        {message(errors.summary.message)}
                      </p>
                    ) : null}
                  </div>
                  <Controller
                    control={control}
                    name="stated"
                    render={({ field }) => (
                      <PartialDateInput
                        id="passage-stated"
                        legend={tPositions("stated")}
                        value={field.value}
                        onChange={field.onChange}
                        errors={{
                          precision: errors.stated?.message,
                          year: errors.stated?.year?.message,
                          month: errors.stated?.month?.message,
                          day: errors.stated?.day?.message,
                        }}
                      />
                    )}
                  />
                </div>
              )}
              <div className="flex gap-2 border-t pt-4">
                <Button type="submit" disabled={saving}>
                  {saving
                    ? t("working")
                    : target === "roundFact"
                      ? t("passage.saveRoundFact")
                      : target === "existing"
                        ? t("passage.saveExisting")
                        : t("passage.saveNew")}
                </Button>
                <Button type="button" variant="outline" onClick={() => setPassage(null)}>
                  {t("cancel")}
                </Button>
              </div>
            </form>
          )}
        </DialogContent>
      </Dialog>
    </>
  );
}
