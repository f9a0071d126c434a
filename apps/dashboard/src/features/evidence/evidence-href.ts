/** Evidence pages are addressed by the API's global id (read through node(id:)). */
export function evidenceHref(id: string): string {
  return `/evidence/${encodeURIComponent(id)}`;
}
