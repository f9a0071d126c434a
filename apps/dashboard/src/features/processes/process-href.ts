/** Process pages are addressed by the API's global id (read through node(id:)). */
export function processHref(id: string): string {
  return `/processes/${encodeURIComponent(id)}`;
}
