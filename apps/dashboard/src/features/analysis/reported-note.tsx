// "reported: Hardened", linking to the passage that reports it. No hooks: tables (server) and the
// statement dialog (client) both use it.
import type { ReportedMovementView } from "./reported-movement";

export function ReportedNote({ reported, word, className }: { reported: ReportedMovementView | null; word: string; className?: string }) {
  if (!reported) return null;
  const text = `${word}: ${reported.label}`;
  return (
    <span className={className ?? "block text-xs text-muted-foreground"} data-testid="reported-movement" data-movement={reported.movement}>
      {reported.quote ? (
        <a href={reported.quote.href} lang={reported.quote.language} title={`“${reported.quote.quote}”`} className="underline underline-offset-4">
          {text}
        </a>
      ) : (
        text
      )}
    </span>
  );
}
