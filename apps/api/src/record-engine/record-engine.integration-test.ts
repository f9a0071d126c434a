// The record engine and the services' rules, called directly on a database (no HTTP, no GraphQL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@parley/db/testing";
import type { Actor } from "../audit/audit.js";
import { DomainError } from "../errors/domain-error.js";
import { outletRecord } from "../outlet/outlet-record.js";
import { partyRecord } from "../party/party-record.js";
import { createRecord } from "./create-record.js";
import { changeRecordState } from "./change-record-state.js";
import { catalogState } from "./record-spec.js";
import { revertRecord, updateRecord } from "./update-record.js";

let database: TestDatabase;
let actor: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  const user = await database.db.user.create({ data: { id: "engine-test-editor", name: "Engine test", email: "engine@parley.test", role: "EDITOR" } });
  actor = { userId: user.id, requestId: "record-engine-test" };
});
afterAll(async () => {
  await database?.drop();
});

/** The DomainError a call refuses with. */
async function refusal(run: () => Promise<unknown>): Promise<DomainError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof DomainError) return error;
  throw new Error(`expected a DomainError, got ${String(error)}`);
}

/** A party's aliases, sorted here (the database's collation is not the test's concern). */
const aliases = async (partyId: string) => (await database.db.partyAlias.findMany({ where: { partyId } })).map((a) => a.name).sort();
const audit = async (entityId: string) =>
  (await database.db.auditEntry.findMany({ where: { entityId }, orderBy: { id: "asc" } })).map((e) => [e.action, e.version]);

describe("the record engine", () => {
  it("creates a record as a draft, version 1, with a CREATE audit entry holding its snapshot", async () => {
    const id = await createRecord(database.db, actor, outletRecord, { slug: "engine-outlet", name: "Engine Outlet", country: "NL" });
    const row = await database.db.outlet.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.version]).toEqual(["DRAFT", 1]);
    const entry = await database.db.auditEntry.findFirstOrThrow({ where: { entityId: id } });
    expect([entry.action, entry.actorUserId, entry.after]).toEqual([
      "CREATE",
      actor.userId,
      { slug: "engine-outlet", name: "Engine Outlet", url: null, country: "NL", language: null },
    ]);
  });

  it("refuses a taken slug and invalid input, naming the field, and writes nothing", async () => {
    await createRecord(database.db, actor, outletRecord, { slug: "engine-taken", name: "First" });
    const taken = await refusal(() => createRecord(database.db, actor, outletRecord, { slug: "engine-taken", name: "Second" }));
    expect([taken.code, taken.at.field]).toEqual(["BAD_USER_INPUT", ["slug"]]);
    const invalid = await refusal(() => createRecord(database.db, actor, outletRecord, { slug: "Not A Slug", name: "" }));
    expect(invalid.at.issues?.map((i) => i.field)).toEqual([["slug"], ["name"]]);
    expect(await database.db.outlet.count({ where: { name: "Second" } })).toBe(0);
  });

  it("claims the version on update: a stale one gets CONFLICT with the record as it now stands", async () => {
    const id = await createRecord(database.db, actor, outletRecord, { slug: "engine-versioned", name: "Versioned" });
    await updateRecord(database.db, actor, outletRecord, id, 1, { name: "Versioned twice" });
    const stale = await refusal(() => updateRecord(database.db, actor, outletRecord, id, 1, { name: "Lost update" }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.at.details?.current).toMatchObject({ id, version: 2, name: "Versioned twice" });
    expect((await database.db.outlet.findUniqueOrThrow({ where: { id } })).name).toBe("Versioned twice");
  });

  it("changes state, refuses to edit a deleted record, and reverts to an earlier version as a new one", async () => {
    const id = await createRecord(database.db, actor, outletRecord, { slug: "engine-states", name: "States" });
    await updateRecord(database.db, actor, outletRecord, id, 1, { name: "States renamed" });
    await changeRecordState(database.db, actor, catalogState(outletRecord), id, 2, "DELETE");
    const deleted = await refusal(() => updateRecord(database.db, actor, outletRecord, id, 3, { name: "While deleted" }));
    expect([deleted.code, deleted.message]).toEqual(["BAD_USER_INPUT", "This Outlet is deleted; restore it before editing."]);
    await changeRecordState(database.db, actor, catalogState(outletRecord), id, 3, "RESTORE");
    await revertRecord(database.db, actor, outletRecord, id, 4, 1);
    const row = await database.db.outlet.findUniqueOrThrow({ where: { id } });
    expect([row.name, row.version, row.deletedAt]).toEqual(["States", 5, null]);
    expect(await audit(id)).toEqual([
      ["CREATE", 1],
      ["UPDATE", 2],
      ["DELETE", 3],
      ["RESTORE", 4],
      ["REVERT", 5],
    ]);
    const missing = await refusal(() => revertRecord(database.db, actor, outletRecord, id, 5, 9));
    expect([missing.code, missing.at.parameter]).toEqual(["NOT_FOUND", "toVersion"]);
  });

  it("keeps a record's own names among its aliases, through creates and renames", async () => {
    const id = await createRecord(database.db, actor, partyRecord, {
      slug: "engine-union",
      name: "Engine Union",
      shortName: "EngU",
      kind: "ALLIANCE",
      aliases: ["Union of Engines"],
    });
    expect(await aliases(id)).toEqual(["Engine Union", "EngU", "Union of Engines"].sort());
    await updateRecord(database.db, actor, partyRecord, id, 1, { name: "Engine Federation" });
    expect(await aliases(id)).toEqual(["Engine Federation", "Engine Union", "EngU", "Union of Engines"].sort());
    await updateRecord(database.db, actor, partyRecord, id, 2, { aliases: [] });
    expect(await aliases(id)).toEqual(["Engine Federation", "EngU"].sort());
  });
});
