/** Where a quote sits: the article reader, scrolled to the quote's anchor. */
export function readerHref(articleSlug: string, evidenceId: string): string {
  return `/articles/${articleSlug}#quote-${evidenceId}`;
}
