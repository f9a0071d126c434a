"use client";
// The sections below the width where they fit on one line (1280 px): a disclosure button naming the
// current section, opening the same links as a grid. It closes on navigation and on Escape.
import { useEffect, useId, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { ChevronDown, Menu } from "lucide-react";
import { cn } from "@/lib/utils";
import { isCurrent, type NavItem } from "./nav-items";

interface Props {
  items: readonly (NavItem & { text: string })[];
  /** "Sections": the button's name when no section is current. */
  label: string;
  className?: string;
}

export function NavMenu({ items, label, className }: Props) {
  const path = usePathname();
  const [open, setOpen] = useState(false);
  const listId = useId();
  useEffect(() => setOpen(false), [path]);
  const current = items.find((item) => isCurrent(item, path));
  return (
    <div className={cn("pb-2", className)} onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-2 rounded-md px-2.5 py-1.5 text-sm font-medium outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/60"
        data-testid="nav-menu"
      >
        <Menu aria-hidden className="size-4" />
        <span className="sr-only">{label}: </span>
        {current?.text ?? label}
        <ChevronDown aria-hidden className={cn("size-4 transition-transform", open && "rotate-180")} />
      </button>
      <ul id={listId} hidden={!open} className="grid grid-cols-2 gap-1 pt-1 text-sm sm:grid-cols-4">
        {items.map((item) => {
          const here = isCurrent(item, path);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={here ? "page" : undefined}
                onClick={() => setOpen(false)}
                className={cn(
                  "block rounded-md px-2.5 py-1.5 text-muted-foreground outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/60",
                  here && "bg-secondary font-medium text-foreground",
                )}
              >
                {item.text}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
