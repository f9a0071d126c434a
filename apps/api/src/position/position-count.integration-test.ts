// The positions list's totalCount: exact for each caller (drafts for staff, none for partners), answered
// from the per-version count cache, and exact again right after a write (the data version moves).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";
import { createApiKey } from "../platform/security/api-keys.js";

let api: TestApi;
let editor: Record<string, string>;
let partner: Record<string, string>;
let statements: string[] = [];
beforeAll(async () => {
  api = await startTestApi({ onQuery: (sql) => void statements.push(sql) });
  editor = { cookie: (await signedInAs(api, ["EDITOR"])).EDITOR };
  partner = { "x-api-key": (await createApiKey(api.database.db, { name: "count partner" })).key };
});
afterAll(async () => {
  await api?.stop();
});

type Counted = { positions: { totalCount: number; edges: { node: { id: string; version: number } }[] } };
const LIST = `query($f: PositionFilter) { positions(first: 3, filter: $f) { totalCount edges { node { id version } } } }`;

async function total(headers: Record<string, string>, filter?: Record<string, unknown>): Promise<number> {
  const answer = await api.gql<Counted>(LIST, { f: filter ?? null }, headers);
  expect(answer.errors).toBeUndefined();
  return answer.data!.positions.totalCount;
}

/** What the rule says each caller sees, counted straight from the tables. */
async function expected(staff: boolean, partySlug?: string): Promise<number> {
  const rows = await api.database.db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Position" p JOIN "Party" pa ON pa.id = p."partyId" JOIN "Topic" t ON t.id = p."topicId"
    WHERE p."deletedAt" IS NULL AND pa."deletedAt" IS NULL AND t."deletedAt" IS NULL
      AND (${staff} OR (p.status = 'PUBLISHED' AND pa.status = 'PUBLISHED' AND t.status = 'PUBLISHED'))
      AND (${partySlug ?? null}::text IS NULL OR pa.slug = ${partySlug ?? null})`;
  return rows[0]?.n ?? 0;
}

describe("positions totalCount", () => {
  it("counts drafts for staff and only published positions for partners", async () => {
    await api.database.db
      .$executeRaw`UPDATE "Position" SET status = 'DRAFT' WHERE id = (SELECT id FROM "Position" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1)`;
    const [forPartner, forStaff] = [await total(partner), await total(editor)];
    expect(forPartner).toBe(await expected(false));
    expect(forStaff).toBe(await expected(true));
    expect(forStaff).toBeGreaterThan(forPartner);
    expect(await total(partner, { parties: ["russia"] })).toBe(await expected(false, "russia"));
  });

  it("answers a repeated count from the cache, with no count statement", async () => {
    await total(partner);
    statements = [];
    await total(partner);
    expect(statements.some((sql) => /count\(/i.test(sql))).toBe(false);
  });

  it("stays exact after a write through the API and after one straight into the database", async () => {
    const before = await total(partner);
    const staffBefore = await total(editor);
    const page = await api.gql<Counted>(LIST, { f: null }, editor);
    const first = page.data!.positions.edges[0]!.node;
    const unpublished = await api.gql(
      `mutation($id: ID!, $v: Int!) { changePositionState(id: $id, version: $v, change: UNPUBLISH) { id } }`,
      { id: first.id, v: first.version },
      editor,
    );
    expect(unpublished.errors).toBeUndefined();
    expect(await total(partner)).toBe(before - 1);
    expect(await total(editor)).toBe(staffBefore);

    await api.database.db
      .$executeRaw`UPDATE "Position" SET "deletedAt" = now() WHERE id = (SELECT id FROM "Position" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL ORDER BY id DESC LIMIT 1)`;
    expect(await total(partner)).toBe(before - 2);
    expect(await total(editor)).toBe(staffBefore - 1);
    expect(await total(partner)).toBe(await expected(false));
  });

  it("hides positions on a hidden party from partners, not from staff", async () => {
    const before = { partner: await total(partner), staff: await total(editor) };
    const onRussia = await expected(false, "russia");
    await api.database.db.$executeRaw`UPDATE "Party" SET status = 'DRAFT' WHERE slug = 'russia'`;
    expect(await total(partner)).toBe(before.partner - onRussia);
    expect(await total(editor)).toBe(before.staff);
    await api.database.db.$executeRaw`UPDATE "Party" SET status = 'PUBLISHED' WHERE slug = 'russia'`;
    expect(await total(partner)).toBe(before.partner);
  });
});
