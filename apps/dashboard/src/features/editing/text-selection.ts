// A selection in a rendered body → offsets into the body's own text (UTF-16 code units, as JavaScript
// strings and the API count), across line breaks, highlight marks and anchor spans; and the W3C Web
// Annotation TextQuoteSelector (exact, prefix, suffix) that finds the passage again if the body changes.

export interface Passage {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offset of (node, offset) within root's text: the lengths of every text node before it, plus offset. */
function offsetWithin(root: Node, node: Node, offset: number): number {
  if (node.nodeType !== Node.TEXT_NODE) {
    // A boundary between children: count the text of the children before it.
    const before = document.createRange();
    before.setStart(root, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  }
  let total = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return total + offset;
    total += n.textContent?.length ?? 0;
  }
  return total;
}

const CONTEXT = 32;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The passage as the API will store it (@parley/domain's textQuoteSelector computes the stored one on the
 * server, by the same rule): up to 32 code units either side, never half of a surrogate pair.
 */
export function quoteSelector(body: string, start: number, end: number): Passage {
  let from = Math.max(0, start - CONTEXT);
  if (from > 0 && isLow(body.charCodeAt(from))) from += 1;
  let to = Math.min(body.length, end + CONTEXT);
  if (to < body.length && isHigh(body.charCodeAt(to - 1))) to -= 1;
  return { start, end, exact: body.slice(start, end), prefix: body.slice(from, start), suffix: body.slice(end, to) };
}

/** The passage a selection covers inside root (whose text is the body), trimmed of surrounding spaces; null if none. */
export function passageOf(root: HTMLElement, range: Range, body: string): Passage | null {
  if (range.collapsed || !root.contains(range.commonAncestorContainer)) return null;
  let start = offsetWithin(root, range.startContainer, range.startOffset);
  let end = offsetWithin(root, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(body[start] ?? "")) start++;
  while (end > start && /\s/.test(body[end - 1] ?? "")) end--;
  return end > start ? quoteSelector(body, start, end) : null;
}
