import { contextAgreement, type TextQuoteSelector } from "./text-quote-selector.js";

/**
 * Evidence is an exact span of an article body. Offsets count UTF-16 code units (JavaScript string
 * indices), end exclusive; the quote text is stored too, so a changed body can be checked against it.
 */
export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
}

export type SpanProblem = { kind: "OUT_OF_RANGE"; message: string } | { kind: "EMPTY"; message: string } | { kind: "MISMATCH"; message: string; found: string };

/** Why a span does not select its text in `body`, or null when it does. */
export function checkSpan(body: string, span: QuoteSpan): SpanProblem | null {
  const { start, end, text } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length) {
    return { kind: "OUT_OF_RANGE", message: `offsets ${start}–${end} fall outside the body (length ${body.length})` };
  }
  if (end <= start) return { kind: "EMPTY", message: `end offset ${end} must be greater than start offset ${start}` };
  const found = body.slice(start, end);
  if (found !== text) {
    return { kind: "MISMATCH", message: `offsets ${start}–${end} select "${truncate(found)}", not "${truncate(text)}"`, found };
  }
  return null;
}

/** Every position of `text` in `body`. */
export function occurrences(body: string, text: string): number[] {
  if (text.length === 0) return [];
  const found: number[] = [];
  for (let i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) found.push(i);
  return found;
}

/**
 * Re-anchors a quote in a changed body: unchanged offsets first, else the occurrence of its text whose
 * surroundings best agree with the quote's TextQuoteSelector context (when given), then the one nearest
 * the old start. Null when the text is no longer in the body.
 */
export function reanchor(body: string, span: QuoteSpan, context?: Pick<TextQuoteSelector, "prefix" | "suffix">): QuoteSpan | null {
  if (checkSpan(body, span) === null) return span;
  const positions = occurrences(body, span.text);
  if (positions.length === 0) return null;
  const selector = { exact: span.text, prefix: context?.prefix ?? "", suffix: context?.suffix ?? "" };
  const rank = (p: number) => [-contextAgreement(body, p, selector), Math.abs(p - span.start)] as const;
  const start = positions.reduce((best, p) => {
    const [a, b] = [rank(p), rank(best)];
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? p : best;
  });
  return { start, end: start + span.text.length, text: span.text };
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
