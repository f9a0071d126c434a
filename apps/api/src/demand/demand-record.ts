// A demand as its services read and write it: inputs, the audited shape, and its status history (the
// current status is always the latest entry of the history).
import { DemandStatus, type Prisma } from "@parley/db";
import { z } from "zod";
import { type Tx } from "../audit/audit.js";
import { LIMITS, partialDate, slug, text, uuid } from "../validation/field-rules.js";

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

/** A status change's columns, from its checked input (absent links and note stored as null). */
export const statusChangeColumns = (v: z.infer<typeof statusChangeInput>) => ({
  demandStatus: v.status,
  changedOn: v.changed.on,
  datePrecision: v.changed.precision,
  roundId: v.roundId ?? null,
  evidenceId: v.evidenceId ?? null,
  note: v.note ?? null,
});

/** What a demand's audit entries hold: the row, its quotes and its status history (what a revert writes back). */
export const DEMAND_AUDIT = {
  include: { evidence: { select: { evidenceId: true }, orderBy: { evidenceId: "asc" } }, history: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
} satisfies Prisma.DemandDefaultArgs;

/** The current status is the latest change by date (undated changes count as oldest; ties: the later entry). */
export async function settleDemandStatus(tx: Tx, demandId: string): Promise<void> {
  const latest = await tx.demandStatusChange.findFirst({
    where: { demandId },
    orderBy: [{ changedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
    select: { demandStatus: true },
  });
  if (latest) await tx.demand.update({ where: { id: demandId }, data: { demandStatus: latest.demandStatus } });
}

/** A status history as revert writes it back: each entry keeps its id and creation time (which orders ties). */
export const historyInput = z
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

export async function replaceHistory(tx: Tx, demandId: string, history: z.infer<typeof historyInput>): Promise<void> {
  const existing = new Set((await tx.demandStatusChange.findMany({ where: { demandId }, select: { id: true } })).map((c) => c.id));
  await tx.demandStatusChange.deleteMany({ where: { demandId, id: { notIn: history.map((c) => c.id) } } });
  for (const c of history) {
    const data = {
      demandStatus: c.status,
      changedOn: c.changed.on,
      datePrecision: c.changed.precision,
      roundId: c.roundId,
      evidenceId: c.evidenceId,
      note: c.note,
    };
    if (existing.has(c.id)) await tx.demandStatusChange.update({ where: { id: c.id }, data });
    else await tx.demandStatusChange.create({ data: { ...data, id: c.id, demandId, createdAt: c.createdAt } });
  }
  await settleDemandStatus(tx, demandId);
}
