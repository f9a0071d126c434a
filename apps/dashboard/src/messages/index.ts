// Messages are split per feature (src/messages/<locale>/<feature>.json) and merged at load, one
// namespace per file, so work on one feature does not conflict with another. Add a new file to both
// lists below; messages.test.ts fails when a file or a key exists in one language only.
import type { Locale } from "@/i18n/locales";

export const namespaces = [
  "common",
  "nav",
  "auth",
  "enums",
  "errors",
  "overview",
  "lists",
  "search",
  "parties",
  "people",
  "topics",
  "processes",
  "rounds",
  "articles",
  "ingest",
  "outlets",
  "positions",
  "demands",
  "proposals",
  "evidence",
  "audit",
  // Analysis views (issue 14)
  "analysis",
  "timeline",
  "comparison",
  "diff",
  "stickingPoints",
  "export",
  // Editing (issue 13)
  "editing",
  "admin",
  "mentions",
  "merge",
  "records",
  // Forms for rounds, demands and proposals (issue 13)
  "talks",
] as const;

export type Namespace = (typeof namespaces)[number];
export type Messages = Record<Namespace, Record<string, unknown>>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, ((await import(`./${locale}/${ns}.json`)) as { default: Record<string, unknown> }).default] as const),
  );
  return Object.fromEntries(entries) as Messages;
}
