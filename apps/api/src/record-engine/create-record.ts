// Creates a catalog record: validate, refuse a taken slug, write, audit — one transaction.
import type { Db } from "@parley/db";
import { type Actor, recordAudit, transaction, type Tx } from "../audit/audit.js";
import { fieldError } from "../errors/domain-error.js";
import { parseInput } from "../validation/parse-input.js";
import type { RecordSpec } from "./record-spec.js";

/** A record input's slug, for the types that have one. */
export const slugOf = (input: object): string | undefined => ("slug" in input && typeof input.slug === "string" ? input.slug : undefined);

/** The database backs this (unique slugs); checking first names the field instead of a constraint. */
export async function refuseTakenSlug<I extends object>(tx: Tx, spec: RecordSpec<I>, slug: string | undefined): Promise<void> {
  if (spec.slugTaken && slug !== undefined && (await spec.slugTaken(tx, slug))) throw fieldError(["slug"], `"${slug}" is already taken.`);
}

export async function createRecord<I extends object>(db: Db, actor: Actor, spec: RecordSpec<I>, input: unknown): Promise<string> {
  const v = parseInput(spec.schema, input);
  return transaction(db, async (tx) => {
    await refuseTakenSlug(tx, spec, slugOf(v));
    const { id } = await spec.create(tx, v);
    const row = await spec.load(tx, id);
    await recordAudit(tx, actor, {
      action: "CREATE",
      entityType: spec.type,
      entityId: id,
      version: row?.version ?? null,
      before: null,
      after: await spec.snapshot(tx, id),
    });
    return id;
  });
}
