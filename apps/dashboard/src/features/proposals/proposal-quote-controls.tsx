"use client";
// The quotes behind a proposal, on its page: one added by words of its article, or taken off (confirmed).
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { ConfirmDialog } from "@/features/editing/confirm-dialog";
import type { PickOption } from "@/features/editing/pick-option";
import { RecordPicker } from "@/features/editing/record-picker";
import { addProposalQuote, removeProposalQuote } from "./actions";

export function AddProposalQuote({ proposalId, version }: { proposalId: string; version: number }) {
  const t = useTranslations("talks");
  const tEditing = useTranslations("editing");
  const router = useRouter();
  const [quote, setQuote] = useState<PickOption | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const add = () =>
    startTransition(async () => {
      if (!quote) return;
      const result = await addProposalQuote(proposalId, version, quote.id);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(null);
      setQuote(null);
      toast.success(t("proposal.quoteAdded"));
      router.refresh();
    });
  return (
    <div className="mb-4 space-y-2 rounded-md border p-3">
      <Label htmlFor="proposal-quote">{t("proposal.addQuote")}</Label>
      <div className="flex flex-wrap items-start gap-2">
        <div className="min-w-64 flex-1">
          <RecordPicker
            id="proposal-quote"
            kind="quote"
            value={quote}
            onChange={setQuote}
            clearable
            invalid={Boolean(error)}
            describedBy={error ? "proposal-quote-error" : undefined}
          />
        </div>
        <Button type="button" onClick={add} disabled={!quote || pending}>
          {pending ? tEditing("working") : t("proposal.addQuoteButton")}
        </Button>
      </div>
      {error ? (
        <p id="proposal-quote-error" role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function RemoveProposalQuote({ proposalId, version, evidenceId, quote }: { proposalId: string; version: number; evidenceId: string; quote: string }) {
  const t = useTranslations("talks");
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button type="button" size="sm" variant="ghost" className="text-destructive">
          {t("proposal.removeQuote")}
          <span className="sr-only">: {quote.slice(0, 60)}</span>
        </Button>
      }
      title={t("proposal.removeQuoteTitle")}
      description={<p>{t("proposal.removeQuoteBody", { quote: quote.slice(0, 120) })}</p>}
      confirmLabel={t("proposal.removeQuote")}
      destructive
      onConfirm={async () => {
        const result = await removeProposalQuote(proposalId, version, evidenceId);
        if (!result.ok) return result.message;
        toast.success(t("proposal.quoteRemoved"));
        router.refresh();
        return null;
      }}
    />
  );
}
