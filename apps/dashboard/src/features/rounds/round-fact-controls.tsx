"use client";
// The facts kept inside a round, on its page: a quote added to one of its facts (date, venue, outcome…)
// or taken off it, and a date report corrected or removed — each removal confirmed.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { RoundAspect } from "@/generated/enums";
import { ROUND_ASPECTS } from "./round-enums";
import { ConfirmDialog } from "@/features/editing/confirm-dialog";
import type { PickOption } from "@/features/editing/pick-option";
import { RecordPicker } from "@/features/editing/record-picker";
import { addRoundFact, removeDateReport, removeRoundFact } from "./actions";
import { DateReportDialog } from "./date-report-dialog";
import type { DateReportValues } from "./date-report-schema";

export function AddFactButton({ roundId, version }: { roundId: string; version: number }) {
  const t = useTranslations("talks");
  const tEditing = useTranslations("editing");
  const tCommon = useTranslations("common");
  const tEnums = useTranslations("enums");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [aspect, setAspect] = useState<RoundAspect>("GENERAL");
  const [quote, setQuote] = useState<PickOption | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const add = () =>
    startTransition(async () => {
      if (!quote) {
        setError(t("errors.quote.required"));
        return;
      }
      const result = await addRoundFact(roundId, version, quote.id, aspect);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      toast.success(t("fact.added"));
      setOpen(false);
      setQuote(null);
      setError(null);
      router.refresh();
    });
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button type="button" size="sm" variant="outline">
          {t("fact.add")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tCommon("close")} className="sm:max-w-xl [&>*]:min-w-0">
        <DialogTitle>{t("fact.addTitle")}</DialogTitle>
        <DialogDescription>{t("fact.hint")}</DialogDescription>
        <div className="space-y-2">
          <Label htmlFor="fact-aspect">{t("fact.aspect")}</Label>
          <NativeSelect id="fact-aspect" value={aspect} onChange={(e) => setAspect(ROUND_ASPECTS.find((a) => a === e.target.value) ?? aspect)}>
            {ROUND_ASPECTS.map((a) => (
              <option key={a} value={a}>
                {tEnums(`RoundAspect.${a}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="space-y-2">
          <Label htmlFor="fact-quote">{t("fact.quote")}</Label>
          <RecordPicker
            id="fact-quote"
            kind="quote"
            value={quote}
            onChange={setQuote}
            clearable
            invalid={Boolean(error)}
            describedBy={error ? "fact-error" : undefined}
          />
        </div>
        {error ? (
          <p id="fact-error" role="alert" className="text-sm text-destructive">
            {error}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button type="button" onClick={add} disabled={pending}>
            {pending ? tEditing("working") : t("fact.addButton")}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}

export function RemoveFactButton({
  roundId,
  version,
  evidenceId,
  aspect,
  quote,
}: {
  roundId: string;
  version: number;
  evidenceId: string;
  aspect: RoundAspect;
  quote: string;
}) {
  const t = useTranslations("talks");
  const tEnums = useTranslations("enums");
  const router = useRouter();
  const aspectLabel = tEnums(`RoundAspect.${aspect}`);
  return (
    <ConfirmDialog
      trigger={
        <Button type="button" size="sm" variant="ghost" className="text-destructive">
          {t("fact.remove")}
          <span className="sr-only">: {aspectLabel}</span>
        </Button>
      }
      title={t("fact.removeTitle")}
      description={<p>{t("fact.removeBody", { aspect: aspectLabel, quote: quote.slice(0, 120) })}</p>}
      confirmLabel={t("fact.remove")}
      destructive
      onConfirm={async () => {
        const result = await removeRoundFact(roundId, version, evidenceId, aspect);
        if (!result.ok) return result.message;
        toast.success(t("fact.removed"));
        router.refresh();
        return null;
      }}
    />
  );
}

export function AddDateReportButton({ roundId, version }: { roundId: string; version: number }) {
  const t = useTranslations("talks");
  return (
    <DateReportDialog
      roundId={roundId}
      version={version}
      trigger={
        <Button type="button" size="sm" variant="outline">
          {t("dateReport.add")}
        </Button>
      }
    />
  );
}

interface DateReportActionsProps {
  roundId: string;
  version: number;
  report: { id: string; values: DateReportValues };
  /** The report in words ("Held, 4 February 2026"). */
  reportText: string;
}

export function DateReportActions({ roundId, version, report, reportText }: DateReportActionsProps) {
  const t = useTranslations("talks");
  const router = useRouter();
  return (
    <div className="flex flex-wrap gap-2">
      <DateReportDialog
        roundId={roundId}
        version={version}
        report={report}
        trigger={
          <Button type="button" size="sm" variant="ghost">
            {t("dateReport.correct")}
            <span className="sr-only">: {reportText}</span>
          </Button>
        }
      />
      <ConfirmDialog
        trigger={
          <Button type="button" size="sm" variant="ghost" className="text-destructive">
            {t("dateReport.remove")}
            <span className="sr-only">: {reportText}</span>
          </Button>
        }
        title={t("dateReport.removeTitle")}
        description={<p>{t("dateReport.removeBody", { report: reportText })}</p>}
        confirmLabel={t("dateReport.remove")}
        destructive
        onConfirm={async () => {
          const result = await removeDateReport(report.id, version);
          if (!result.ok) return result.message;
          toast.success(t("dateReport.removed"));
          router.refresh();
          return null;
        }}
      />
    </div>
  );
}
