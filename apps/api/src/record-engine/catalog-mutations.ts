// The create and update mutations of a catalog record (outlet, party, person, topic, process, round,
// delegation, proposal), the same for every type: the engine does the work (create-record.ts,
// update-record.ts), the entity says only what is its own — its input type, how that input maps to its
// record spec, how to load it for the answer. The entity's `<entity>-mutations.ts` still declares the
// fields by name (`createParty: t.prismaField(party.create)`), so they are found where they belong.
import type { Db } from "@parley/db";
import type PrismaTypes from "@parley/db/pothos-types";
import type { InputObjectRef } from "@pothos/core";
import { actorOf } from "../access/access.js";
import { builder } from "../graphql/builder.js";
import { decodeFor } from "../graphql/global-id.js";
import type { Context } from "../platform/context.js";
import { createRecord } from "./create-record.js";
import { recordVersionArgs } from "./record-mutation-args.js";
import type { RecordSpec } from "./record-spec.js";
import { updateRecord } from "./update-record.js";

type SchemaTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type ModelName = keyof PrismaTypes;
type Shape<N extends ModelName> = PrismaTypes[N]["Shape"];

/** The selection Pothos works out from the client's query, for the record a mutation answers with. */
export interface Selection<N extends ModelName> {
  include?: PrismaTypes[N]["Include"];
  select?: PrismaTypes[N]["Select"];
}

export interface CatalogRecordMutations<N extends ModelName, A extends object, I extends object> {
  /** The type the mutations answer with; `update` takes only global ids of it. */
  type: N;
  /** How the descriptions name a record ("party": "Creates a party (as a draft)."). */
  noun: string;
  input: InputObjectRef<SchemaTypes, A>;
  record: RecordSpec<I>;
  /** GraphQL input → the record spec's input: global ids decoded, absent kept absent (an update keeps the old value). */
  toRecord(input: A): object;
  /** The record after the change, with the client's selection (one statement). */
  load(db: Db, selection: Selection<N>, id: string): Promise<Shape<N>>;
}

/**
 * Field options for `t.prismaField`. Typed in the spec's own terms, so that Pothos checks them where
 * they are used, with the concrete type, and the engine needs no casts.
 */
export function catalogRecordMutations<N extends ModelName, A extends object, I extends object>(spec: CatalogRecordMutations<N, A, I>) {
  const createArgs = builder.args((t) => ({ input: t.field({ type: spec.input, required: true, description: "The record." }) }));
  const updateArgs = builder.args((t) => ({
    ...recordVersionArgs,
    input: t.field({ type: spec.input, required: true, description: "The fields to change." }),
  }));
  return {
    create: {
      type: spec.type,
      description: `Creates a ${spec.noun} (as a draft).`,
      args: createArgs,
      resolve: async (selection: Selection<N>, _root: unknown, args: { input: A }, ctx: Context): Promise<Shape<N>> => {
        const id = await createRecord(ctx.db, actorOf(ctx), spec.record, spec.toRecord(args.input));
        return spec.load(ctx.db, selection, id);
      },
    },
    update: {
      type: spec.type,
      description: `Changes a ${spec.noun}. A stale \`version\` gets CONFLICT with the current record.`,
      args: updateArgs,
      resolve: async (selection: Selection<N>, _root: unknown, args: { id: string | number; version: number; input: A }, ctx: Context): Promise<Shape<N>> => {
        const id = decodeFor(args.id, spec.type);
        await updateRecord(ctx.db, actorOf(ctx), spec.record, id, args.version, spec.toRecord(args.input));
        return spec.load(ctx.db, selection, id);
      },
    },
  };
}
