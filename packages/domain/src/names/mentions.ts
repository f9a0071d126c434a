/**
 * Mentions: where a text names a known record by any of its aliases. Matching uses the same normalisation
 * as alias search (`normalizeName`: case, diacritics and punctuation ignored), on whole words, and reports
 * spans as UTF-16 offsets into the original text, so a reader can highlight them in the body as stored.
 * Where matches overlap the longest wins ("Igor Kostyukov" over "Kostyukov"), then the earliest.
 */
import { normalizeName } from "./normalize.js";

/** One spelling to look for; `target` is the key of the record it names. */
export interface MentionAlias {
  target: string;
  alias: string;
}

export interface MentionSpan {
  target: string;
  /** The alias that matched, as the catalog spells it. */
  alias: string;
  /** UTF-16 offsets into the text: [start, end). */
  start: number;
  end: number;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The text's words after normalisation, each with the UTF-16 span of the original characters it came from. */
export function normalizedWords(text: string): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  let offset = 0;
  for (const char of text) {
    const folded = normalizeName(char);
    const end = offset + char.length;
    // A character that folds to nothing (a mark, an apostrophe) joins the word it is in, as in normalizeName.
    const dropped = folded === "" && /[\p{M}‘’'`´"“”]/u.test(char);
    if (folded !== "") {
      // Almost always one piece; a character that folds to several words ("¼") splits here too.
      const pieces = folded.split(" ");
      for (const [index, piece] of pieces.entries()) {
        if (index > 0 && current) {
          words.push(current);
          current = null;
        }
        if (current) {
          current.text += piece;
          current.end = end;
        } else current = { text: piece, start: offset, end };
      }
    } else if (dropped && current) {
      current.end = end;
    } else if (!dropped && current) {
      words.push(current);
      current = null;
    }
    offset = end;
  }
  if (current) words.push(current);
  return words;
}

/** Every whole-word, non-overlapping mention of the aliases in the text, in reading order. */
export function findMentions(text: string, aliases: readonly MentionAlias[]): MentionSpan[] {
  const byPhrase = new Map<string, MentionAlias[]>();
  let longest = 0;
  for (const entry of aliases) {
    const phrase = normalizeName(entry.alias);
    // A one-letter spelling would match every stray initial.
    if (phrase.length < 2) continue;
    const list = byPhrase.get(phrase) ?? [];
    // Two spellings of one record that fold alike ("Zelensky", "ZELENSKY") are one mention.
    if (list.some((e) => e.target === entry.target)) continue;
    list.push(entry);
    byPhrase.set(phrase, list);
    longest = Math.max(longest, phrase.split(" ").length);
  }
  const words = normalizedWords(text);
  const spans: MentionSpan[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(longest, words.length - i); n >= 1 && matched === 0; n--) {
      const slice = words.slice(i, i + n);
      const entries = byPhrase.get(slice.map((w) => w.text).join(" "));
      if (!entries) continue;
      const first = slice[0];
      const last = slice[slice.length - 1];
      if (!first || !last) continue;
      // One spelling may belong to several records (two people called "Ivanov"): each is a mention.
      for (const entry of entries) spans.push({ target: entry.target, alias: entry.alias, start: first.start, end: last.end });
      matched = n;
    }
    i += Math.max(matched, 1);
  }
  return spans;
}
