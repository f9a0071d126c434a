import { normalizeName } from "../names/normalize.js";

/**
 * Two articles are the same article when their URLs lead to the same page, or their titles read the
 * same, or their bodies are near-identical (trigram similarity, judged in PostgreSQL). The keys below
 * are what "the same URL" and "the same title" compare.
 */

/** Query parameters that only say where a reader came from; they never change the page. */
const TRACKING = /^(utm_.+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|smid|at_medium|at_campaign)$/i;

/**
 * The page a URL leads to: no scheme, no "www.", host in lower case, no fragment, no tracking
 * parameters, the remaining parameters sorted, no trailing slash. Null for something that is not a URL.
 */
export function articleUrlKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  const path = parsed.pathname.replace(/\/+$/, "");
  const params = [...parsed.searchParams.entries()].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : "";
  return `${host}${parsed.port ? `:${parsed.port}` : ""}${path}${query}`;
}

/** A title as it reads: case, diacritics, quotes and punctuation do not make two titles different. */
export function articleTitleKey(title: string): string {
  return normalizeName(title);
}

/** Bodies at least this similar (pg_trgm similarity, 0–1) count as the same text. */
export const NEAR_IDENTICAL_BODY = 0.8;
