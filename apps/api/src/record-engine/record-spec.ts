// What the record engine knows of a record type. Each type says only what is its own — its input schema,
// how its fields map to columns, what its audit entries keep — and the engine does the rest the same way
// for every type: validate, claim the version, write, audit.
import type { z } from "zod";
import type { EditorialStatus } from "@parley/db";
import type { StateChangeEffect } from "@parley/domain";
import type { Tx } from "../audit/audit.js";
import type { VersionedType } from "../versioning/claim-version.js";

/** The columns every editable record has. */
export interface RecordRow {
  id: string;
  version: number;
  status: EditorialStatus;
  deletedAt: Date | null;
}

/** Any record with an editorial state: what changing its state, and answering CONFLICT, need of it. */
export interface StatefulRecord {
  type: VersionedType;
  load(tx: Tx, id: string): Promise<RecordRow | null>;
  setState(tx: Tx, id: string, effect: StateChangeEffect): Promise<void>;
  /** The record as its audit entries keep it; with `current`, as CONFLICT answers with it. Null when there is none. */
  audited(tx: Tx, id: string, current: boolean): Promise<object | null>;
}

/** A catalog record (outlet, party, person, topic, process, round, delegation, proposal). */
export interface RecordSpec<I extends object> {
  type: VersionedType;
  schema: z.ZodType<I>;
  /** The same schema with every field optional, for updates. */
  patch: z.ZodType<Partial<I>>;
  load(tx: Tx, id: string): Promise<RecordRow | null>;
  /** For types with a slug: whether another record has it already. */
  slugTaken?(tx: Tx, slug: string): Promise<boolean>;
  create(tx: Tx, input: I): Promise<{ id: string }>;
  update(tx: Tx, id: string, patch: Partial<I>): Promise<void>;
  setState(tx: Tx, id: string, effect: StateChangeEffect): Promise<void>;
  /** The record in its input shape, lists included: what the audit log keeps, and what a revert writes back. */
  snapshot(tx: Tx, id: string): Promise<Record<string, unknown>>;
}

/** A catalog record's editorial state: its snapshot with its state, led by id and version for CONFLICT. */
export function catalogState<I extends object>(spec: RecordSpec<I>): StatefulRecord {
  return {
    type: spec.type,
    load: (tx, id) => spec.load(tx, id),
    setState: (tx, id, effect) => spec.setState(tx, id, effect),
    audited: async (tx, id, current) => {
      const row = await spec.load(tx, id);
      if (!row) return null;
      return { ...(current ? { id: row.id, version: row.version } : {}), status: row.status, deletedAt: row.deletedAt, ...(await spec.snapshot(tx, id)) };
    },
  };
}

/** Declares a record type (its input type inferred from its schema). */
export function recordSpec<I extends object>(spec: RecordSpec<I>): RecordSpec<I> {
  return spec;
}
