"use client";
// In the reader: select a passage, and a bar offers to make it evidence; the panel (a dialog, the page
// stays) sets attribution, confidence, speaker and translation, then asks what the passage backs and
// shows only that target's fields (one module per kind of record). A person chosen in the mention list
// becomes the speaker (chosen-speaker.ts). After saving, the record and its quote can be published here.
import { useCallback, useRef, useState, useTransition } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Quote } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { enumValues } from "@/lib/format/enums";
import { formFieldOf } from "@/features/editing/action-result";
import { TEXTAREA_CLASS } from "@/features/editing/field-frame";
import type { PickOption } from "@/features/editing/pick-option";
import type { Passage } from "@/features/editing/text-selection";
import { useChosenSpeaker } from "@/features/mentions/chosen-speaker";
import { DemandStatusFields, ExistingDemandFields, NewDemandFields } from "./demand-target-fields";
import { makePassageEvidence, type PassageSaved, type WithdrawnQuote } from "./passage-actions";
import { PassageDone } from "./passage-done";
import { PassagePicker, PassageSelect } from "./passage-fields";
import { CONFIDENCES, passageDefaults, passageSchema, type PassageValues } from "./passage-schema";
import { PASSAGE_TARGETS, QUOTE_FIELDS, TARGET_FIELDS, type PassageTarget } from "./passage-targets";
import { RoleFields, SeatFields } from "./person-target-fields";
import { ExistingPositionFields, NewPositionFields } from "./position-target-fields";
import { DateReportFields, RoundFactFields } from "./round-target-fields";
import { TargetChoice } from "./target-choice";
import { useBodySelection } from "./use-body-selection";

const TARGET_FIELDS_VIEW: Record<PassageTarget, () => React.JSX.Element> = {
  newPosition: NewPositionFields,
  existingPosition: ExistingPositionFields,
  newDemand: NewDemandFields,
  existingDemand: ExistingDemandFields,
  demandStatus: DemandStatusFields,
  roundFact: RoundFactFields,
  dateReport: DateReportFields,
  role: RoleFields,
  seat: SeatFields,
};

const ALL_FIELDS = [...QUOTE_FIELDS, ...new Set(PASSAGE_TARGETS.flatMap((target) => TARGET_FIELDS[target]))];

interface PassagePanelProps {
  articleId: string;
  articleIsDraft: boolean;
  body: string;
  bodySelector: string;
  /** The person the URL's `?speaker=` names (looked up on the server), so a reload keeps the mention list's choice. */
  chosenSpeaker: PickOption | null;
}

export function PassagePanel({ articleId, articleIsDraft, body, bodySelector, chosenSpeaker }: PassagePanelProps) {
  const t = useTranslations("editing");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const selected = useBodySelection(bodySelector, body);
  const [passage, setPassage] = useState<Passage | null>(null);
  const [saved, setSaved] = useState<PassageSaved | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  // The quote the last refused try deleted again: the next try on that passage brings it back.
  const withdrawn = useRef<WithdrawnQuote | null>(null);
  const [saving, startSaving] = useTransition();
  const form = useForm<PassageValues>({ resolver: zodResolver(passageSchema) });
  const target = useWatch({ control: form.control, name: "target" }) ?? "newPosition";
  // The person last chosen in the mention list (at first, the one the URL names): the speaker of the next
  // passage (and of an open one).
  const speaker = useRef<PickOption | null>(chosenSpeaker);
  const onSpeaker = useCallback(
    (chosen: PickOption) => {
      speaker.current = chosen;
      form.setValue("speaker", chosen, { shouldDirty: true });
    },
    [form],
  );
  useChosenSpeaker(onSpeaker);
  const TargetFields = TARGET_FIELDS_VIEW[target];

  const open = (p: Passage) => {
    setPassage(p);
    setSaved(null);
    setFormError(null);
    form.reset(passageDefaults(articleId, p, speaker.current));
  };

  const onSubmit = form.handleSubmit((values) =>
    startSaving(async () => {
      setFormError(null);
      const result = await makePassageEvidence(values, withdrawn.current);
      if (result.ok) {
        withdrawn.current = null;
        toast.success(t(`passage.done.${values.target}`));
        setSaved(result.value);
        router.refresh();
        return;
      }
      withdrawn.current = result.withdrawn ?? null;
      const field = formFieldOf(result.field, ALL_FIELDS);
      if (field) form.setError(field, { type: "server", message: result.message }, { shouldFocus: true });
      else setFormError(result.message);
    }),
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
          className="top-0 right-0 left-auto h-full max-h-screen translate-x-0 content-start overflow-y-auto rounded-none sm:max-w-xl"
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
          {saved ? (
            <PassageDone saved={saved} articleId={articleId} articleIsDraft={articleIsDraft} />
          ) : (
            <FormProvider {...form}>
              <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("passage.title")}>
                {formError ? (
                  <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2 text-sm">
                    {formError}
                  </p>
                ) : null}
                <div className="grid gap-3 sm:grid-cols-2">
                  <PassageSelect name="attribution" label={t("passage.attribution")} enumName="Attribution" values={enumValues.Attribution} />
                  <PassageSelect name="confidence" label={t("passage.confidence")} enumName="Confidence" values={CONFIDENCES} />
                </div>
                <PassagePicker name="speaker" kind="person" label={t("passage.speaker")} optional />
                <div className="space-y-1">
                  <Label htmlFor="passage-translation">
                    {t("passage.translation")} <span className="font-normal text-muted-foreground">{t("optional")}</span>
                  </Label>
                  <textarea id="passage-translation" lang="en" className={`${TEXTAREA_CLASS} min-h-16`} {...form.register("translation")} />
                </div>
                <TargetChoice />
                <div className="space-y-4 border-l-2 border-primary/40 pl-3" data-testid="passage-target-fields" data-target={target}>
                  <TargetFields />
                </div>
                <div className="flex gap-2 border-t pt-4">
                  <Button type="submit" disabled={saving}>
                    {saving ? t("working") : t(`passage.save.${target}`)}
                  </Button>
                  <Button type="button" variant="outline" onClick={() => setPassage(null)}>
                    {t("cancel")}
                  </Button>
                </div>
              </form>
            </FormProvider>
          )}
        </DialogContent>
      </Dialog>
    </>
  );
}
