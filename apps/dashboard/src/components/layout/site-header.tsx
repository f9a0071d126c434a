// The header on every page: brand, search, theme and language, who is signed in, and the sections.
// It reads only the session (one small request, none for anonymous visitors), never page data.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LogIn } from "lucide-react";
import { Button } from "@/components/ui/button";
import { currentPath, getSignedInUser, isAdmin, isStaff } from "@/lib/api";
import { cn } from "@/lib/utils";
import { SearchPalette } from "@/features/search/search-palette";
import { LocaleSwitch } from "./locale-switch";
import { NavMenu } from "./nav-menu";
import { isCurrent, navItems } from "./nav-items";
import { ThemeSwitch } from "./theme-switch";
import { UserMenu } from "./user-menu";

export async function SiteHeader() {
  const [t, tAuth, tEnums, user, path] = await Promise.all([
    getTranslations("nav"),
    getTranslations("auth"),
    getTranslations("enums"),
    getSignedInUser(),
    currentPath(),
  ]);
  const items = navItems.filter((item) => (!item.staffOnly || isStaff(user)) && (!item.adminOnly || isAdmin(user)));
  return (
    <header className="sticky top-0 z-40 border-b bg-background/95 backdrop-blur supports-[backdrop-filter]:bg-background/80">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4">
        <Link href="/" className="mr-2 flex items-center gap-2 font-semibold tracking-tight">
          <span aria-hidden className="grid size-7 place-items-center rounded-md bg-primary text-sm text-primary-foreground">
            P
          </span>
          Parley
        </Link>
        <div className="ml-auto flex items-center gap-1">
          <SearchPalette />
          <LocaleSwitch />
          <ThemeSwitch />
          {user ? (
            <UserMenu name={user.name} email={user.email} roleLabel={tEnums(`Role.${user.role}`)} />
          ) : (
            <Button asChild variant="outline" size="sm">
              <Link href={`/sign-in?returnTo=${encodeURIComponent(path)}`}>
                <LogIn aria-hidden /> {tAuth("signIn")}
              </Link>
            </Button>
          )}
        </div>
      </div>
      {/* One line of sections where they fit; below 1280 px a menu (no sideways scrolling at 800 px). */}
      <nav aria-label={t("label")} className="mx-auto max-w-7xl px-2">
        <NavMenu className="xl:hidden" label={t("label")} items={items.map((item) => ({ ...item, text: t(item.label) }))} />
        <ul className="flex gap-1 pb-2 text-sm max-xl:hidden">
          {items.map((item) => {
            const current = isCurrent(item, path);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={current ? "page" : undefined}
                  className={cn(
                    "block whitespace-nowrap rounded-md px-2.5 py-1.5 text-muted-foreground outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/60",
                    current && "bg-secondary font-medium text-foreground",
                  )}
                >
                  {t(item.label)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
