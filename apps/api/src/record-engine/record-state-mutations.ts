// One `changeState` for every editable record (soft delete, restore, publish, unpublish) and one
// `revertRecord` for every record reverted by version, both by global id over the record registry.
import { STATE_CHANGES } from "@parley/domain";
import { actorOf } from "../access/access.js";
import { AppError } from "../graphql/error-formatting.js";
import { builder } from "../graphql/builder.js";
import { decodeId } from "../graphql/global-id.js";
import type { RecordRow } from "./record-spec.js";
import { RECORDS } from "./registry.js";

const StateChangeRef = builder.enumType("RecordStateChange", {
  description: "An editorial state change for any editable record.",
  values: STATE_CHANGES,
});

interface StateResult {
  id: string;
  version: number;
  status: string;
  deleted: boolean;
}

/** The record's state after the change (it exists: the change has just been made under its version). */
function stateResult(id: string, row: RecordRow | null | undefined): StateResult {
  if (!row) throw new Error(`record ${id} vanished after its change`);
  return { id, version: row.version, status: row.status, deleted: row.deletedAt !== null };
}

const StateResultRef = builder.objectRef<StateResult>("StateChangeResult").implement({
  description: "A record's editorial state after a change.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The record's global id." }),
    version: t.exposeInt("version", { description: "Its new version." }),
    status: t.exposeString("status", { description: "DRAFT or PUBLISHED." }),
    deleted: t.exposeBoolean("deleted", { description: "Whether it is soft-deleted." }),
  }),
});

builder.mutationField("changeState", (t) =>
  t.field({
    type: StateResultRef,
    description:
      "Soft-deletes, restores, publishes or unpublishes any editable record: article, evidence, position, demand, outlet, party, person, topic, process, round, delegation, proposal.",
    args: {
      id: t.arg.id({ required: true, description: "The record's global id." }),
      version: t.arg.int({ required: true, description: "The version your change is based on." }),
      change: t.arg({ type: StateChangeRef, required: true, description: "What to do." }),
    },
    resolve: async (_root, args, ctx) => {
      const actor = actorOf(ctx);
      const decoded = decodeId(args.id);
      const record = RECORDS.get(decoded.typename);
      if (!record) throw new AppError("BAD_USER_INPUT", `Records of type ${decoded.typename} have no editorial state here.`, { argument: "id" });
      await record.changeState(ctx.db, actor, decoded.id, args.version, args.change);
      return stateResult(String(args.id), await record.row(ctx.db, decoded.id));
    },
  }),
);

builder.mutationField("revertRecord", (t) =>
  t.field({
    type: StateResultRef,
    description:
      "Puts a record back as it was at an earlier version (fields and lists), as a new version: articles (quotes re-anchored, or refused), evidence, demands, outlets, parties, people, topics, processes, rounds, delegations, proposals. Positions have revertPosition.",
    args: {
      id: t.arg.id({ required: true, description: "The record's global id." }),
      version: t.arg.int({ required: true, description: "Its current version." }),
      toVersion: t.arg.int({ required: true, description: "The version to return to." }),
    },
    resolve: async (_root, args, ctx) => {
      const actor = actorOf(ctx);
      const decoded = decodeId(args.id);
      const record = RECORDS.get(decoded.typename);
      const revert = record?.revert?.bind(record);
      if (!revert)
        throw new AppError("BAD_USER_INPUT", `Records of type ${decoded.typename} are not reverted here (positions: revertPosition).`, { argument: "id" });
      await revert(ctx.db, actor, decoded.id, args.version, args.toVersion);
      return stateResult(String(args.id), await record?.row(ctx.db, decoded.id));
    },
  }),
);
