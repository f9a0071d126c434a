import type { ReactNode } from "react";

/** A page's title block: an eyebrow (the kind of record), the title, and badges or actions beside it. */
export function PageHeader({ eyebrow, title, description, meta }: { eyebrow?: string; title: string; description?: ReactNode; meta?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        {eyebrow ? <p className="text-sm font-medium text-muted-foreground">{eyebrow}</p> : null}
        <h1 className="text-2xl font-semibold tracking-tight text-balance">{title}</h1>
        {description ? <div className="mt-1 max-w-3xl text-muted-foreground">{description}</div> : null}
      </div>
      {meta ? <div className="flex flex-wrap items-center gap-2">{meta}</div> : null}
    </div>
  );
}
