/** Positions have no slug; their page is addressed by the API's global id. */
export function positionHref(id: string): string {
  return `/positions/${encodeURIComponent(id)}`;
}
