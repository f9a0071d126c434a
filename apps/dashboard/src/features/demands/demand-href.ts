/** Demands are read by global id (the API has no demand-by-slug query). */
export function demandHref(id: string): string {
  return `/demands/${encodeURIComponent(id)}`;
}
