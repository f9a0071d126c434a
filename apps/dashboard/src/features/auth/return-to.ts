/** Only same-site paths are followed after sign-in (no open redirect to another host). */
export function safeReturnTo(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || path.startsWith("/sign-in")) return "/";
  return path;
}
