/** Proposal pages are addressed by the API's global id (read through node(id:)). */
export function proposalHref(id: string): string {
  return `/proposals/${encodeURIComponent(id)}`;
}
