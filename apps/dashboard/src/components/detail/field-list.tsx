import type { ReactNode } from "react";

/** A record's fields as a definition list; empty values are shown as a dash, never left out silently. */
export function FieldList({ fields }: { fields: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_minmax(0,1fr)]">
      {fields.map((field) => (
        <div key={field.label} className="contents">
          <dt className="text-sm font-medium text-muted-foreground">{field.label}</dt>
          <dd className="text-sm">{field.value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Links side by side in a field: wrapped with room between lines, so each is a 24 px touch target. */
export const LINK_LIST = "flex flex-wrap gap-x-3 gap-y-1 [&_a]:inline-flex [&_a]:min-h-6 [&_a]:items-center";
