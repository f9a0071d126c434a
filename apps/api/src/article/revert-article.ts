// An article put back as it was at an earlier version, through its ordinary update (quotes re-anchored, or refused).
import type { Db } from "@parley/db";
import type { Actor } from "../audit/audit.js";
import { auditedSnapshot, snapshotDay, versionToRevertTo } from "../record-engine/revert-source.js";
import { updateArticle } from "./update-article.js";

export async function revertArticle(db: Db, actor: Actor, id: string, version: number, toVersion: number): Promise<string> {
  const s = versionToRevertTo("Article", toVersion, await auditedSnapshot(db, "Article", id, toVersion));
  const published = { on: snapshotDay(s.publishedOn), precision: s.datePrecision };
  const fields = { slug: s.slug, title: s.title, author: s.author, url: s.url, language: s.language, outletId: s.outletId, body: s.body, published };
  await updateArticle(db, actor, id, version, fields, "REVERT");
  return id;
}
