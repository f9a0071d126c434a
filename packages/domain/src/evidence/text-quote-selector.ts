/**
 * A W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector):
 * the passage itself plus a little text either side, so a quote can be found again when offsets no longer
 * fit (an edited body, a copy of the article elsewhere). Offsets stay the primary anchor; this is the fallback.
 */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** How much context either side a selector keeps (Hypothesis keeps 32 characters too). */
export const SELECTOR_CONTEXT = 32;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The selector of body[start, end) (UTF-16 code units, end exclusive). The context never splits a
 * surrogate pair, so prefix and suffix are always well-formed text.
 */
export function textQuoteSelector(body: string, start: number, end: number, context = SELECTOR_CONTEXT): TextQuoteSelector {
  let from = Math.max(0, start - context);
  if (from > 0 && isLowSurrogate(body.charCodeAt(from))) from += 1;
  let to = Math.min(body.length, end + context);
  if (to < body.length && isHighSurrogate(body.charCodeAt(to - 1))) to -= 1;
  return { exact: body.slice(start, end), prefix: body.slice(from, start), suffix: body.slice(end, to) };
}

/** How many characters of the selector's context agree with the text around an occurrence at `at`. */
export function contextAgreement(body: string, at: number, selector: TextQuoteSelector): number {
  let score = 0;
  for (let i = 1; i <= selector.prefix.length && body[at - i] === selector.prefix[selector.prefix.length - i]; i++) score++;
  const after = at + selector.exact.length;
  for (let i = 0; i < selector.suffix.length && body[after + i] === selector.suffix[i]; i++) score++;
  return score;
}
