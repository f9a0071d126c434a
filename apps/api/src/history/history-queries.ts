// The change history (staff only): the audit log across records or for one, and a position as it stood at
// an instant with its quotes as they stood then. Rebuilding lives in services/editing/history.ts.
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import type { Prisma } from "@parley/db";
import { builder } from "../graphql/builder.js";
import { EvidenceNode } from "../evidence/evidence-type.js";
import { AttributionEnum, ConfidenceEnum, MovementEnum, StanceEnum } from "../graphql/enums.js";
import { partialDate, PartialDateRef } from "../graphql/partial-date.js";
import { PositionNode } from "../position/position-type.js";
import { AppError } from "../graphql/error-formatting.js";
import { evidenceStatesAt, positionStateAt, type EvidenceState, type PositionState } from "./state-at.js";
import { VERSIONED_TABLES } from "../versioning/claim-version.js";

const EvidenceSnapshotRef = builder.objectRef<EvidenceState>("EvidenceSnapshot").implement({
  description: "A quote as it stood at some moment, from the change history.",
  fields: (t) => ({
    id: t.id({ description: "The quote's global id (the same as the Evidence's).", resolve: (e) => encodeGlobalID("Evidence", e.id) }),
    version: t.exposeInt("version", { description: "Its version then." }),
    quote: t.exposeString("quote", { description: "The exact text then." }),
    startOffset: t.exposeInt("startOffset", { description: "Start offset into the article body then." }),
    endOffset: t.exposeInt("endOffset", { description: "End offset (exclusive) then." }),
    translation: t.exposeString("translation", { nullable: true, description: "The translation then." }),
    translationLanguage: t.exposeString("translationLanguage", { nullable: true, description: "Language of the translation then." }),
    attribution: t.field({ type: AttributionEnum, description: "The attribution then.", resolve: (e) => e.attribution }),
    confidence: t.field({ type: ConfidenceEnum, description: "The editors' confidence then.", resolve: (e) => e.confidence }),
    note: t.exposeString("note", { nullable: true, description: "Editors' note then." }),
    status: t.exposeString("status", { description: "Editorial status then." }),
    deleted: t.boolean({ description: "Whether it was soft-deleted then.", resolve: (e) => e.deletedAt !== null }),
    record: t.field({
      type: EvidenceNode,
      nullable: true,
      description: "The quote as it is now.",
      resolve: (e, _args, ctx) => ctx.db.evidence.findUnique({ where: { id: e.id } }),
    }),
  }),
});

const PositionSnapshotRef = builder.objectRef<PositionState & { evidence: EvidenceState[] }>("PositionSnapshot").implement({
  description: "A position as it stood at some moment, from the change history.",
  fields: (t) => ({
    version: t.exposeInt("version", { description: "Its version then." }),
    stance: t.field({ type: StanceEnum, description: "The stance then.", resolve: (p) => p.stance }),
    movement: t.field({ type: MovementEnum, description: "The movement label then.", resolve: (p) => p.movement }),
    summary: t.exposeString("summary", { description: "The summary then." }),
    stated: t.field({ type: PartialDateRef, description: "The date stated then.", resolve: (p) => partialDate(p.statedOn, p.datePrecision) }),
    status: t.exposeString("status", { description: "Editorial status then." }),
    deleted: t.boolean({ description: "Whether it was soft-deleted then.", resolve: (p) => p.deletedAt !== null }),
    evidence: t.field({
      type: [EvidenceSnapshotRef],
      description: "The quotes it had then, as they stood then, in reading order.",
      resolve: (p) => p.evidence,
    }),
  }),
});

builder.prismaObject("AuditEntry", {
  description: "One change: who, when, which record, before and after.",
  fields: (t) => ({
    at: t.expose("at", { type: "DateTime", description: "When." }),
    action: t.exposeString("action", { description: "CREATE, UPDATE, DELETE, RESTORE, PUBLISH, UNPUBLISH, MERGE or REVERT." }),
    entityType: t.exposeString("entityType", { description: "The record's type." }),
    entityId: t.exposeString("entityId", { description: "The record's database id." }),
    recordId: t.id({
      nullable: true,
      description: "The record's global id, for records that are nodes (null for e.g. a person's role or a user).",
      select: { entityType: true, entityId: true },
      resolve: (e) => (e.entityType in VERSIONED_TABLES ? encodeGlobalID(e.entityType, e.entityId) : null),
    }),
    version: t.exposeInt("version", { nullable: true, description: "The record's version after the change." }),
    before: t.string({ nullable: true, description: "The record before (JSON).", resolve: (e) => (e.before == null ? null : JSON.stringify(e.before)) }),
    after: t.string({ nullable: true, description: "The record after (JSON).", resolve: (e) => (e.after == null ? null : JSON.stringify(e.after)) }),
    actorId: t.exposeString("actorUserId", { nullable: true, description: "The id of the user who made the change (as in `users`)." }),
    actorName: t.string({
      nullable: true,
      description: "Who made the change.",
      select: { actorUser: { select: { name: true } } },
      resolve: (e) => e.actorUser?.name ?? null,
    }),
  }),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record named by its global id, or (kept for older clients) by its database id. */
function recordOf(value: string): { entityType?: string; entityId: string } {
  if (UUID.test(value)) return { entityId: value };
  try {
    const { typename, id } = decodeGlobalID(value);
    return { entityType: typename, entityId: id };
  } catch {
    return { entityId: value };
  }
}

function instant(value: string | null | undefined, argument: string): Date | undefined {
  if (value == null) return undefined;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new AppError("BAD_USER_INPUT", `\`${argument}\` is not a valid instant.`, { argument });
  return at;
}

interface AuditArgs {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  from?: string | null;
  to?: string | null;
}

function auditWhere(args: AuditArgs): Prisma.AuditEntryWhereInput {
  const record = args.entityId ? recordOf(args.entityId) : undefined;
  if (args.entityType && record?.entityType && args.entityType !== record.entityType) {
    throw new AppError("BAD_USER_INPUT", `entityId: the id is a ${record.entityType}, not a ${args.entityType}.`, { argument: "entityId" });
  }
  const from = instant(args.from, "from");
  const to = instant(args.to, "to");
  if (from && to && to < from) throw new AppError("BAD_USER_INPUT", "to: the range ends before it starts.", { argument: "to" });
  const entityType = args.entityType ?? record?.entityType;
  return {
    ...(entityType ? { entityType } : {}),
    ...(record ? { entityId: record.entityId } : {}),
    ...(args.actorId ? { actorUserId: args.actorId } : {}),
    ...(from || to ? { at: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
  };
}

builder.queryFields((t) => ({
  auditLog: t.prismaConnection({
    type: "AuditEntry",
    cursor: "id",
    description: "The change history, newest first: across all records, or for one record, by one person, within a period (staff only).",
    args: {
      entityType: t.arg.string({ required: false, description: "Only this record type (e.g. Position)." }),
      entityId: t.arg.string({ required: false, description: "Only this record: its global id (a database id is accepted too)." }),
      actorId: t.arg.string({ required: false, description: "Only changes by this user (their id, as in `users` or an entry's actorId)." }),
      from: t.arg({ type: "DateTime", required: false, description: "Only changes at or after this instant." }),
      to: t.arg({ type: "DateTime", required: false, description: "Only changes before this instant." }),
    },
    authScopes: { staff: true },
    resolve: (query, _root, args, ctx) => ctx.db.auditEntry.findMany({ ...query, where: auditWhere(args), orderBy: [{ at: "desc" }, { id: "desc" }] }),
    // Reached only through the field above, whose scope has been checked.
    totalCount: (_root, args, ctx) => ctx.db.auditEntry.count({ where: auditWhere(args) }),
  }),
  positionAsOf: t.field({
    type: PositionSnapshotRef,
    nullable: true,
    description: "A position as it stood at an instant, with its quotes as they stood then (staff only). Null if it did not exist yet.",
    args: {
      id: t.arg.globalID({ for: PositionNode, required: true, description: "The position." }),
      at: t.arg({ type: "DateTime", required: true, description: "The instant." }),
    },
    authScopes: { staff: true },
    resolve: async (_root, args, ctx) => {
      const at = instant(args.at, "at");
      if (!at) return null;
      const state = await positionStateAt(ctx.db, args.id.id, at);
      if (!state) return null;
      return { ...state, evidence: await evidenceStatesAt(ctx.db, state.evidenceIds, at) };
    },
  }),
}));
