/**
 * An editable record's editorial state: published or draft, and soft-deleted or not. Editors move it
 * with four changes; each sets exactly one of the two.
 */
export const STATE_CHANGES = ["DELETE", "RESTORE", "PUBLISH", "UNPUBLISH"] as const;
export type StateChange = (typeof STATE_CHANGES)[number];

export const EDITORIAL_STATUSES = ["DRAFT", "PUBLISHED"] as const;
export type EditorialStatus = (typeof EDITORIAL_STATUSES)[number];

/** What a state change writes: the deletion time (now, or none) or the editorial status. */
export type StateChangeEffect = { deletedAt: Date | null } | { status: EditorialStatus };

export function stateChangeEffect(change: StateChange, now: Date = new Date()): StateChangeEffect {
  switch (change) {
    case "DELETE":
      return { deletedAt: now };
    case "RESTORE":
      return { deletedAt: null };
    case "PUBLISH":
      return { status: "PUBLISHED" };
    case "UNPUBLISH":
      return { status: "DRAFT" };
  }
}
