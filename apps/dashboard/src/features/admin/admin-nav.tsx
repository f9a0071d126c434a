// The administration pages' own tabs (users, API keys, the audit log).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/utils";

const TABS = [
  { href: "/admin/users", label: "users" },
  { href: "/admin/api-keys", label: "apiKeys" },
  { href: "/audit", label: "audit" },
] as const;

export async function AdminNav({ current }: { current: (typeof TABS)[number]["href"] }) {
  const t = await getTranslations("admin");
  return (
    <nav aria-label={t("sections")} className="flex gap-1 border-b">
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={tab.href === current ? "page" : undefined}
          className={cn(
            "-mb-px rounded-t-md border-b-2 px-3 py-2 text-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60",
            tab.href === current ? "border-primary font-medium" : "border-transparent text-muted-foreground hover:text-foreground",
          )}
        >
          {t(tab.label)}
        </Link>
      ))}
    </nav>
  );
}
