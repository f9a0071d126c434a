/** Outlet pages are addressed by the API's global id (read through node(id:)). */
export function outletHref(id: string): string {
  return `/outlets/${encodeURIComponent(id)}`;
}
