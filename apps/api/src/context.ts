import type { Db } from "@parley/db";

/** Who is asking. Until accounts exist (the editing issue), every caller is an anonymous reader. */
export type Viewer = { kind: "anonymous" } | { kind: "partner"; keyId: string } | { kind: "user"; userId: string; role: "ADMIN" | "EDITOR" | "ANALYST" };

export interface Context {
  db: Db;
  viewer: Viewer;
  requestId: string;
}

/** Drafts are visible to signed-in staff only; everyone else reads published records. */
export function canSeeDrafts(viewer: Viewer): boolean {
  return viewer.kind === "user";
}
