// A record's history: who changed it, when, and what changed, as a readable diff of fields, relations
// and quotes; "revert to this version" on every earlier state; "restore" when it is deleted. The ids in
// the snapshots are named with one nodes(ids:) request for the whole history (no request per entry).
import "server-only";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { HistoryNamesDocument, RecordHistoryDocument } from "@/generated/graphql";
import { apiRequest, canEdit, getSignedInUser } from "@/lib/api";
import { getFormat, type Format } from "@/lib/format";
import type { ActionResult } from "./action-result";
import { globalId } from "./global-id";
import { RestoreButton, RevertButton } from "./history-actions";
import { diffPresented, type FieldChange, type Presented } from "./record-diff";
import { parseSnapshot, type Snapshot } from "./snapshot";

export const REFERENCE_TYPES = ["Party", "Person", "Topic", "Round", "Evidence", "Outlet", "NegotiationProcess", "Article", "Demand"] as const;

export interface Reference {
  type: (typeof REFERENCE_TYPES)[number];
  id: string;
}

/** A record name by its type and database id ("—" for one that is gone or hidden). */
export type NameOf = (ref: Reference) => string;

export interface HistoryPresenter {
  /** The records a snapshot points to, to be named. */
  references: (snapshot: Snapshot) => Reference[];
  present: (snapshot: Snapshot, nameOf: NameOf, format: Format) => Presented;
  /** Field → label, for the diff. */
  label: (field: string) => string;
}

type VersionAction = (id: string, version: number, toVersion: number) => Promise<ActionResult<{ version: number }>>;
type RestoreAction = (id: string, version: number, change: "RESTORE") => Promise<ActionResult<{ version: number }>>;

interface HistoryPanelProps {
  id: string;
  presenter: HistoryPresenter;
  revert: VersionAction;
  restore: RestoreAction;
  recordHref: string;
}

async function namesFor(refs: Reference[]): Promise<NameOf> {
  const unique = [...new Map(refs.map((r) => [globalId(r.type, r.id), r])).keys()];
  const nodes = unique.length ? (await apiRequest(HistoryNamesDocument, { ids: unique })).nodes : [];
  const names = new Map<string, string>();
  for (const node of nodes) {
    if (!node) continue;
    const name = "name" in node ? node.name : "title" in node ? node.title : "quote" in node ? `“${node.quote}”` : "summary" in node ? node.summary : null;
    if (name) names.set(node.id, name);
  }
  return (ref) => names.get(globalId(ref.type, ref.id)) ?? "—";
}

function Change({ change, label, t }: { change: FieldChange; label: string; t: (key: string) => string }): ReactNode {
  if (change.kind === "list") {
    return (
      <li>
        <span className="font-medium">{label}</span>
        <ul className="ml-4 list-none">
          {change.added.map((a) => (
            <li key={`+${a}`} className="text-emerald-700 dark:text-emerald-400">
              <span className="sr-only">{t("history.added")} </span>
              <span aria-hidden>+ </span>
              {a}
            </li>
          ))}
          {change.removed.map((r) => (
            <li key={`-${r}`} className="text-red-700 line-through dark:text-red-400">
              <span className="sr-only">{t("history.removed")} </span>
              <span aria-hidden>− </span>
              {r}
            </li>
          ))}
        </ul>
      </li>
    );
  }
  return (
    <li>
      <span className="font-medium">{label}: </span>
      {change.before !== null ? <del className="text-red-700 dark:text-red-400">{change.before || "—"}</del> : null}
      {change.before !== null && change.after !== null ? <span aria-hidden> → </span> : null}
      {change.after !== null ? (
        <ins className="text-emerald-700 no-underline dark:text-emerald-400">{change.after || "—"}</ins>
      ) : (
        <span>{t("history.cleared")}</span>
      )}
    </li>
  );
}

export async function HistoryPanel({ id, presenter, revert, restore, recordHref }: HistoryPanelProps) {
  const [t, format, user, history] = await Promise.all([
    getTranslations("editing"),
    getFormat(),
    getSignedInUser(),
    apiRequest(RecordHistoryDocument, { entityId: id }),
  ]);
  const entries = history.auditLog.edges.map((e) => ({ ...e.node, beforeState: parseSnapshot(e.node.before), afterState: parseSnapshot(e.node.after) }));
  const nameOf = await namesFor(entries.flatMap((e) => [e.beforeState, e.afterState].flatMap((s) => (s ? presenter.references(s) : []))));
  const latest = entries[0];
  const currentVersion = latest?.version ?? null;
  const deleted = latest?.afterState ? latest.afterState.deletedAt !== null && latest.afterState.deletedAt !== undefined : false;
  const editable = canEdit(user);
  const tr = (key: string) => t(key);

  return (
    <section aria-labelledby="history-title" className="space-y-4" data-testid="history">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="history-title" className="text-lg font-semibold">
          {t("history.title")} <span className="text-sm font-normal text-muted-foreground">{format.number(history.auditLog.totalCount)}</span>
        </h2>
        {editable && deleted && currentVersion !== null ? (
          <RestoreButton action={restore.bind(null, id, currentVersion, "RESTORE")} afterHref={recordHref} />
        ) : null}
      </div>
      {deleted ? <p className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm">{t("history.deletedNotice")}</p> : null}
      {entries.length === 0 ? <p className="text-sm text-muted-foreground">{t("history.empty")}</p> : null}
      <ol className="space-y-3">
        {entries.map((entry, i) => {
          const changes = diffPresented(
            entry.beforeState && presenter.present(entry.beforeState, nameOf, format),
            entry.afterState && presenter.present(entry.afterState, nameOf, format),
          );
          const canRevert = editable && !deleted && i > 0 && entry.version !== null && currentVersion !== null && entry.afterState !== null;
          // The oldest entry of a record loaded before its history began: its "before" is the version before it.
          const seededVersion = i === entries.length - 1 && entry.beforeState && entry.version !== null && entry.version > 1 ? entry.version - 1 : null;
          const canRevertToBefore = editable && !deleted && currentVersion !== null && seededVersion !== null;
          return (
            <li key={`${entry.at}-${entry.version ?? i}`} className="rounded-lg border bg-card p-4" data-testid="history-entry">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="text-sm">
                  <span className="font-medium">{t.has(`history.actions.${entry.action}`) ? t(`history.actions.${entry.action}`) : entry.action}</span>
                  {" · "}
                  {t("history.byWhen", { who: entry.actorName ?? t("history.unknownActor"), when: format.instant(entry.at) })}
                  {entry.version !== null ? ` · ${t("history.version", { version: entry.version })}` : null}
                </p>
                {canRevert && entry.version !== null && currentVersion !== null ? (
                  <RevertButton action={revert.bind(null, id, currentVersion, entry.version)} toVersion={entry.version} afterHref={recordHref} />
                ) : null}
                {canRevertToBefore && currentVersion !== null && seededVersion !== null ? (
                  <RevertButton action={revert.bind(null, id, currentVersion, seededVersion)} toVersion={seededVersion} afterHref={recordHref} />
                ) : null}
              </div>
              {changes.length > 0 ? (
                <ul className="mt-2 space-y-1 text-sm">
                  {changes.map((c) => (
                    <Change key={c.field} change={c} label={presenter.label(c.field)} t={tr} />
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm text-muted-foreground">{t("history.noFieldChanges")}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
