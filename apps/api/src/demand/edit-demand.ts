// Editing demands: raise one (with its quotes) and record status changes; the current status is always
// the latest entry of its history.
import { z } from "zod";
import { DemandStatus, type Db, type Prisma } from "@parley/db";
import { type Actor, recordAudit, transaction, type Tx } from "../audit/audit.js";
import { LIMITS, partialDate, slug, text, uuid } from "../validation/field-rules.js";
import { deletedError } from "../article/edit-article.js";
import { inputError, parseInput } from "../validation/parse-input.js";
import { claimVersion } from "../versioning/claim-version.js";
import { checkQuotes } from "../round/fact-lists.js";


export const demandInput = z
  .object({
    slug,
    fromPartyId: uuid,
    toPartyId: uuid.nullish(),
    topicId: uuid,
    roundId: uuid.nullish(),
    summary: text(LIMITS.summary),
    raised: partialDate,
    evidenceIds: z.array(uuid).min(1, "a demand needs at least one quote").max(50),
  })
  .refine((d) => d.toPartyId == null || d.toPartyId !== d.fromPartyId, { message: "a party cannot make a demand of itself", path: ["toPartyId"] });

export const statusChangeInput = z.object({
  status: z.enum(DemandStatus),
  changed: partialDate,
  roundId: uuid.nullish(),
  evidenceId: uuid.nullish(),
  note: text(LIMITS.note).nullish(),
});

/** What a demand's audit entries hold: the row, its quotes and its status history (what a revert writes back). */
export const DEMAND_AUDIT = {
  include: { evidence: { select: { evidenceId: true }, orderBy: { evidenceId: "asc" } }, history: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
} satisfies Prisma.DemandDefaultArgs;

/** The current status is the latest change by date (undated changes count as oldest; ties: the later entry). */
export async function settleDemandStatus(tx: Tx, demandId: string): Promise<void> {
  const latest = await tx.demandStatusChange.findFirst({ where: { demandId }, orderBy: [{ changedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }], select: { demandStatus: true } });
  if (latest) await tx.demand.update({ where: { id: demandId }, data: { demandStatus: latest.demandStatus } });
}

/** A status history as revert writes it back: each entry keeps its id and creation time (which orders ties). */
const historyInput = z
  .array(
    z.object({
      id: uuid,
      status: z.enum(DemandStatus),
      changed: partialDate,
      roundId: uuid.nullable(),
      evidenceId: uuid.nullable(),
      note: z.string().max(LIMITS.note).nullable(),
      createdAt: z.coerce.date(),
    }),
  )
  .min(1, "a demand keeps at least one status change")
  .max(500);

async function replaceHistory(tx: Tx, demandId: string, history: z.infer<typeof historyInput>): Promise<void> {
  const existing = new Set((await tx.demandStatusChange.findMany({ where: { demandId }, select: { id: true } })).map((c) => c.id));
  await tx.demandStatusChange.deleteMany({ where: { demandId, id: { notIn: history.map((c) => c.id) } } });
  for (const c of history) {
    const data = { demandStatus: c.status, changedOn: c.changed.on, datePrecision: c.changed.precision, roundId: c.roundId, evidenceId: c.evidenceId, note: c.note };
    if (existing.has(c.id)) await tx.demandStatusChange.update({ where: { id: c.id }, data });
    else await tx.demandStatusChange.create({ data: { ...data, id: c.id, demandId, createdAt: c.createdAt } });
  }
  await settleDemandStatus(tx, demandId);
}


/** Quotes newly linked to a demand must exist and not be deleted. */

export async function createDemand(db: Db, actor: Actor, input: unknown): Promise<string> {
  const v = parseInput(demandInput, input);
  return transaction(db, async (tx) => {
    if (await tx.demand.findUnique({ where: { slug: v.slug }, select: { id: true } })) {
      throw inputError(["slug"], `"${v.slug}" is already taken.`);
    }
    const ids = [...new Set(v.evidenceIds)];
    await checkQuotes(tx, ids, ["evidenceIds"]);
    const created = await tx.demand.create({
      data: {
        slug: v.slug,
        fromPartyId: v.fromPartyId,
        toPartyId: v.toPartyId ?? null,
        topicId: v.topicId,
        roundId: v.roundId ?? null,
        summary: v.summary,
        raisedOn: v.raised.on,
        datePrecision: v.raised.precision,
        evidence: { create: ids.map((evidenceId) => ({ evidenceId })) },
        history: { create: { demandStatus: "OPEN", changedOn: v.raised.on, datePrecision: v.raised.precision, roundId: v.roundId ?? null, evidenceId: ids[0]! } },
      },
    });
    await recordAudit(tx, actor, { action: "CREATE", entityType: "Demand", entityId: created.id, version: created.version, before: null, after: { ...created, evidenceIds: ids } });
    return created.id;
  });
}

export async function changeDemandStatus(db: Db, actor: Actor, id: string, version: number, input: unknown): Promise<string> {
  const v = parseInput(statusChangeInput, input);
  return transaction(db, async (tx) => {
    const load = () => tx.demand.findUnique({ where: { id }, ...DEMAND_AUDIT });
    const newVersion = await claimVersion(tx, "Demand", id, version, load);
    const before = (await load())!;
    if (before.deletedAt) throw deletedError("Demand");
    if (v.evidenceId) await checkQuotes(tx, [v.evidenceId], ["evidenceId"]);
    await tx.demandStatusChange.create({
      data: { demandId: id, demandStatus: v.status, changedOn: v.changed.on, datePrecision: v.changed.precision, roundId: v.roundId ?? null, evidenceId: v.evidenceId ?? null, note: v.note ?? null },
    });
    if (v.evidenceId) await tx.demandEvidence.createMany({ data: [{ demandId: id, evidenceId: v.evidenceId }], skipDuplicates: true });
    await settleDemandStatus(tx, id);
    const after = await tx.demand.findUniqueOrThrow({ where: { id }, ...DEMAND_AUDIT });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "Demand", entityId: id, version: newVersion, before, after });
    return id;
  });
}

const demandPatch = z.object({
  toPartyId: uuid.nullish(),
  topicId: uuid.optional(),
  roundId: uuid.nullish(),
  summary: text(LIMITS.summary).optional(),
  raised: partialDate.optional(),
  evidenceIds: z.array(uuid).min(1, "a demand needs at least one quote").max(50).optional(),
  /** Only a revert writes the history back; editors change it entry by entry (round-facts.ts). */
  history: historyInput.optional(),
});

export async function updateDemand(db: Db, actor: Actor, id: string, version: number, patch: unknown, action: "UPDATE" | "REVERT" = "UPDATE"): Promise<string> {
  const v = parseInput(demandPatch, patch);
  return transaction(db, async (tx) => {
    const load = () => tx.demand.findUnique({ where: { id }, ...DEMAND_AUDIT });
    const newVersion = await claimVersion(tx, "Demand", id, version, load);
    const before = (await load())!;
    if (before.deletedAt) throw deletedError("Demand");
    if (v.toPartyId && v.toPartyId === before.fromPartyId) throw inputError(["toPartyId"], "a party cannot make a demand of itself");
    if (v.evidenceIds) {
      const linked = new Set(before.evidence.map((e) => e.evidenceId));
      await checkQuotes(tx, [...new Set(v.evidenceIds)].filter((e) => !linked.has(e)), ["evidenceIds"]);
      await tx.demandEvidence.deleteMany({ where: { demandId: id, evidenceId: { notIn: v.evidenceIds } } });
      await tx.demandEvidence.createMany({ data: v.evidenceIds.map((evidenceId) => ({ demandId: id, evidenceId })), skipDuplicates: true });
    }
    if (v.history) {
      const had = new Set(before.history.map((c) => c.evidenceId));
      await checkQuotes(tx, [...new Set(v.history.flatMap((c) => (c.evidenceId && !had.has(c.evidenceId) ? [c.evidenceId] : [])))], ["history"]);
      await replaceHistory(tx, id, v.history);
    }
    await tx.demand.update({
      where: { id },
      data: {
        ...(v.toPartyId !== undefined ? { toPartyId: v.toPartyId } : {}),
        ...(v.topicId ? { topicId: v.topicId } : {}),
        ...(v.roundId !== undefined ? { roundId: v.roundId } : {}),
        ...(v.summary ? { summary: v.summary } : {}),
        ...(v.raised ? { raisedOn: v.raised.on, datePrecision: v.raised.precision } : {}),
      },
    });
    const after = await tx.demand.findUniqueOrThrow({ where: { id }, ...DEMAND_AUDIT });
    await recordAudit(tx, actor, { action, entityType: "Demand", entityId: id, version: newVersion, before, after });
    return id;
  });
}
