// The header's sections, in reading order. A new concept adds one line here and a label in messages/*/nav.json.
export interface NavItem {
  href: string;
  /** Key in the "nav" messages. */
  label: string;
  staffOnly?: boolean;
  /** Administration: shown to administrators only. */
  adminOnly?: boolean;
}

export const navItems: readonly NavItem[] = [
  { href: "/", label: "overview" },
  { href: "/processes", label: "processes" },
  { href: "/rounds", label: "rounds" },
  { href: "/parties", label: "parties" },
  { href: "/people", label: "people" },
  { href: "/topics", label: "topics" },
  { href: "/positions", label: "positions" },
  { href: "/demands", label: "demands" },
  { href: "/proposals", label: "proposals" },
  { href: "/articles", label: "articles" },
  { href: "/outlets", label: "outlets" },
  { href: "/evidence", label: "evidence" },
  { href: "/analysis", label: "analysis" },
  { href: "/audit", label: "audit", staffOnly: true },
  { href: "/admin", label: "admin", adminOnly: true },
];

/** The item a path belongs to: "/" only for itself, others for their whole subtree. */
export function isCurrent(item: NavItem, path: string): boolean {
  const pathname = path.split("?")[0] ?? "/";
  return item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`);
}
