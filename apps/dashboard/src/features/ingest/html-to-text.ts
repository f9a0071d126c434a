// An uploaded web page reduced to the article's clean text on the server: Mozilla Readability (Firefox's
// Reader View) finds the article in a server-side DOM (linkedom), then its blocks become paragraphs.
// No regular expression ever reads the HTML; the only one here folds whitespace inside a text.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface ExtractedArticle {
  body: string;
  title: string | null;
  author: string | null;
  language: string | null;
  /** The publication day when the page states one (YYYY-MM-DD). */
  publishedOn: string | null;
  siteName: string | null;
}

const BLOCKS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TR",
  "UL",
]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME"]);

// The server-side DOM has no global Element class to test against; an element is node type 1.
const isElement = (node: Node): node is Element => node.nodeType === 1;

/** The text of a DOM subtree as paragraphs: one per block, separated by a blank line; <br> is a line break. */
export function blocksToText(root: Node): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let line = "";
  const endLine = () => {
    lines.push(line.replace(/\s+/g, " ").trim());
    line = "";
  };
  const endParagraph = () => {
    endLine();
    const text = lines.filter(Boolean).join("\n");
    if (text) paragraphs.push(text);
    lines = [];
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) line += child.textContent ?? "";
      else if (isElement(child)) {
        const tag = child.tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        if (tag === "BR") endLine();
        else if (BLOCKS.has(tag)) {
          endParagraph();
          walk(child);
          endParagraph();
        } else walk(child);
      }
    }
  };
  walk(root);
  endParagraph();
  return paragraphs.join("\n\n");
}

const meta = (document: Document, ...names: string[]): string | null => {
  for (const name of names) {
    const value = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
};

const dayOf = (value: string | null | undefined): string | null => {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
};

export function htmlToArticle(html: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const language = document.documentElement.getAttribute("lang")?.trim().toLowerCase() || null;
  const published = dayOf(meta(document, "article:published_time", "date", "pubdate"));
  const siteName = meta(document, "og:site_name");
  // Readability changes the document it reads; the page's own metadata is read above, first.
  const parsed = new Readability(document).parse();
  const content = parsed?.content ? parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body : document.body;
  return {
    body: blocksToText(content),
    title: parsed?.title?.trim() || document.title.trim() || null,
    author: parsed?.byline?.trim() || null,
    language: parsed?.lang?.trim().toLowerCase() || language,
    publishedOn: dayOf(parsed?.publishedTime) ?? published,
    siteName: parsed?.siteName?.trim() || siteName,
  };
}
