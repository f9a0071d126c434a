// Merging duplicate people: one record survives; the other's spellings become its aliases and every
// reference (roles, delegation seats, voiced positions, quotes) moves to it. The duplicate is soft-deleted,
// so nothing dangles. Every record the merge changes gets a new version and its own audit entry, so each
// one's history explains the change. One transaction.
import type { Db, DelegationRole } from "@parley/db";
import { normalizeName } from "@parley/domain";
import { DomainError } from "../errors/domain-error.js";
import { recordAudit, type Actor, type Tx } from "../audit/audit.js";
import { delegationRecord } from "../delegation/delegation-record.js";
import { catalogState } from "../record-engine/record-spec.js";
import { personRecord } from "./person-record.js";

const personState = catalogState(personRecord);
const delegationState = catalogState(delegationRecord);
import { snapshotOf } from "../position/position-record.js";
import { claimVersion } from "../versioning/claim-version.js";

/** When both people sat on one delegation, the surviving seat is the stronger one. */
const SEAT_RANK: Record<DelegationRole, number> = { HEAD: 3, MEMBER: 2, ADVISER: 1 };

export async function mergePeople(db: Db, actor: Actor, keep: { id: string; version: number }, merge: { id: string; version: number }): Promise<string> {
  if (keep.id === merge.id) throw new DomainError("BAD_USER_INPUT", "A person cannot be merged into itself.", { parameter: "merge" });
  return db.$transaction(
    async (tx) => {
      const state = (id: string) => () => personState.audited(tx, id, true);
      const keptVersion = await claimVersion(tx, "Person", keep.id, keep.version, state(keep.id));
      const mergedVersion = await claimVersion(tx, "Person", merge.id, merge.version, state(merge.id));
      const [kept, merged] = await Promise.all([
        tx.person.findUniqueOrThrow({ where: { id: keep.id }, include: { aliases: true } }),
        tx.person.findUniqueOrThrow({ where: { id: merge.id }, include: { aliases: true } }),
      ]);
      if (kept.deletedAt || merged.deletedAt) throw new DomainError("BAD_USER_INPUT", "Both people must exist (not deleted) to merge.", { parameter: "merge" });
      const [keptBefore, mergedBefore] = [await personState.audited(tx, kept.id, false), await personState.audited(tx, merged.id, false)];
      const audit = (entityType: string, entityId: string, version: number, before: unknown, after: unknown) =>
        recordAudit(tx, actor, { action: "MERGE", entityType, entityId, version, before, after });

      const known = new Set(kept.aliases.map((a) => a.name));
      const spellings = [merged.name, ...merged.aliases.map((a) => a.name)].filter((n) => !known.has(n));
      await tx.personAlias.deleteMany({ where: { personId: merged.id } });
      await tx.personAlias.createMany({ data: [...new Set(spellings)].map((name) => ({ personId: kept.id, name, normalized: normalizeName(name) })) });

      for (const role of await tx.personRole.findMany({ where: { personId: merged.id } })) {
        const after = await tx.personRole.update({ where: { id: role.id }, data: { personId: kept.id, version: { increment: 1 } } });
        await audit("PersonRole", role.id, after.version, role, after);
      }
      await moveSeats(tx, merged.id, kept.id, audit);
      for (const position of await tx.position.findMany({
        where: { speakerPersonId: merged.id },
        include: { evidence: { select: { evidenceId: true }, orderBy: { createdAt: "asc" } } },
      })) {
        const after = await tx.position.update({
          where: { id: position.id },
          data: { speakerPersonId: kept.id, version: { increment: 1 } },
          include: { evidence: { select: { evidenceId: true }, orderBy: { createdAt: "asc" } } },
        });
        await audit("Position", position.id, after.version, snapshotOf(position), snapshotOf(after));
      }
      for (const quote of await tx.evidence.findMany({ where: { speakerPersonId: merged.id } })) {
        const after = await tx.evidence.update({ where: { id: quote.id }, data: { speakerPersonId: kept.id, version: { increment: 1 } } });
        await audit("Evidence", quote.id, after.version, quote, after);
      }

      await tx.person.update({ where: { id: merged.id }, data: { deletedAt: new Date(), description: `Merged into ${kept.slug}.` } });
      await audit("Person", kept.id, keptVersion, keptBefore, await personState.audited(tx, kept.id, false));
      await audit("Person", merged.id, mergedVersion, mergedBefore, await personState.audited(tx, merged.id, false));
      return kept.id;
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}

/**
 * Moves the duplicate's delegation seats to the kept person. Where both sat on one delegation, one seat
 * remains: the kept person's row, with the stronger role (HEAD over MEMBER over ADVISER) and that seat's
 * attendance and quote (or the other's quote when it has none). Each delegation touched gets a new version
 * and an audit entry showing its members before and after.
 */
async function moveSeats(
  tx: Tx,
  fromId: string,
  toId: string,
  audit: (type: string, id: string, version: number, before: unknown, after: unknown) => Promise<void>,
): Promise<void> {
  const seats = await tx.delegationMember.findMany({ where: { personId: fromId } });
  for (const seat of seats) {
    const before = await delegationState.audited(tx, seat.delegationId, false);
    const other = await tx.delegationMember.findUnique({ where: { delegationId_personId: { delegationId: seat.delegationId, personId: toId } } });
    if (!other) {
      await tx.delegationMember.update({ where: { id: seat.id }, data: { personId: toId, version: { increment: 1 } } });
    } else {
      const stronger = SEAT_RANK[seat.role] > SEAT_RANK[other.role] ? seat : other;
      const weaker = stronger === seat ? other : seat;
      await tx.delegationMember.delete({ where: { id: seat.id } });
      await tx.delegationMember.update({
        where: { id: other.id },
        data: { role: stronger.role, attendance: stronger.attendance, evidenceId: stronger.evidenceId ?? weaker.evidenceId, version: { increment: 1 } },
      });
    }
    const delegation = await tx.delegation.update({ where: { id: seat.delegationId }, data: { version: { increment: 1 } }, select: { version: true } });
    await audit("Delegation", seat.delegationId, delegation.version, before, await delegationState.audited(tx, seat.delegationId, false));
  }
}
