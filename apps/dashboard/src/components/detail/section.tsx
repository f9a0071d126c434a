// A collapsible section of a long page (native <details>: keyboard and screen readers for free, no JS).
import type { ReactNode } from "react";
import { ChevronRight } from "lucide-react";

export function Section({
  id,
  title,
  count,
  children,
  defaultOpen = true,
}: {
  id: string;
  title: string;
  count?: string;
  children: ReactNode;
  defaultOpen?: boolean;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-28">
      <details open={defaultOpen} className="group rounded-lg border bg-card">
        <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-4 py-3 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60 [&::-webkit-details-marker]:hidden">
          <ChevronRight aria-hidden className="size-4 shrink-0 transition-transform group-open:rotate-90" />
          <h2 id={`${id}-title`} className="text-base font-semibold">
            {title}
          </h2>
          {count ? <span className="text-sm text-muted-foreground">{count}</span> : null}
        </summary>
        <div className="border-t px-4 py-4">{children}</div>
      </details>
    </section>
  );
}
