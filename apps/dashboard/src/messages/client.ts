// The namespaces client components read; everything else stays on the server.
import type { AbstractIntlMessages } from "next-intl";

const CLIENT_NAMESPACES = [
  "common",
  "auth",
  "search",
  "lists",
  "errors",
  "enums",
  "positions",
  "editing",
  "admin",
  "mentions",
  "merge",
  "records",
  "talks",
  "ingest",
] as const;

export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns] ?? {}]));
}
