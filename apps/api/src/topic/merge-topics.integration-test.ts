import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";

let api: TestApi;
let as: Record<"EDITOR" | "ANALYST", string>;
beforeAll(async () => {
  api = await startTestApi();
  as = await signedInAs(api, ["EDITOR", "ANALYST"]);
});
afterAll(async () => {
  await api?.stop();
});

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const PREVIEW = `query($k: ID!, $m: ID!) { topicMergePreview(keep: $k, merge: $m) { kind count } }`;
const MERGE = `mutation($k: ID!, $kv: Int!, $m: ID!, $mv: Int!) { mergeTopics(keep: $k, keepVersion: $kv, merge: $m, mergeVersion: $mv) { slug version aliases { name } } }`;

/** A duplicate of a seed topic with a subtopic, an alias, one of the seed's positions, demands and agenda entries. */
async function duplicateOf(slug: string) {
  const db = api.database.db;
  const kept = await db.topic.findUniqueOrThrow({ where: { slug } });
  const suffix = Math.random().toString(36).slice(2, 8);
  const dup = await db.topic.create({
    data: {
      slug: `dup-${suffix}`,
      name: `${kept.name} (dup ${suffix})`,
      path: `dup-${suffix}`,
      aliases: { create: [{ name: `Dubbel ${suffix}`, normalized: `dubbel ${suffix}` }] },
    },
  });
  const child = await db.topic.create({ data: { slug: `dup-child-${suffix}`, name: "Child", parentId: dup.id, path: `dup-${suffix}/dup-child-${suffix}` } });
  const grandchild = await db.topic.create({
    data: { slug: `dup-gc-${suffix}`, name: "Grandchild", parentId: child.id, path: `${child.path}/dup-gc-${suffix}` },
  });
  const position = await db.position.findFirstOrThrow({ where: { topicId: kept.id, deletedAt: null }, orderBy: { id: "asc" } });
  await db.position.update({ where: { id: position.id }, data: { topicId: dup.id } });
  const demand = await db.demand.findFirst({ where: { NOT: { topicId: kept.id } }, orderBy: { id: "asc" } });
  if (demand) await db.demand.update({ where: { id: demand.id }, data: { topicId: dup.id } });
  const round = await db.round.findFirstOrThrow({ orderBy: { id: "asc" } });
  await db.roundTopic.createMany({ data: [{ roundId: round.id, topicId: dup.id }], skipDuplicates: true });
  return { kept, dup: await db.topic.findUniqueOrThrow({ where: { id: dup.id } }), child, grandchild, position, demand, round };
}

describe("mergeTopics", () => {
  it("previews what moves, then moves it: positions, demands, subtopics with their paths, agendas, aliases; audited", async () => {
    const db = api.database.db;
    const { kept, dup, child, grandchild, position, demand, round } = await duplicateOf("ceasefire");
    const preview = await api.gql<{ topicMergePreview: { kind: string; count: number }[] }>(
      PREVIEW,
      { k: gid("Topic", kept.id), m: gid("Topic", dup.id) },
      { cookie: as.EDITOR },
    );
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.topicMergePreview).toEqual(
      expect.arrayContaining([
        { kind: "ALIASES", count: 2 },
        { kind: "POSITIONS", count: 1 },
        { kind: "SUBTOPICS", count: 1 },
        { kind: "ROUNDS", count: 1 },
        ...(demand ? [{ kind: "DEMANDS", count: 1 }] : []),
      ]),
    );
    // The preview changes nothing.
    expect((await db.topic.findUniqueOrThrow({ where: { id: dup.id } })).version).toBe(dup.version);

    const { data, errors } = await api.gql<{ mergeTopics: { slug: string; version: number; aliases: { name: string }[] } }>(
      MERGE,
      { k: gid("Topic", kept.id), kv: kept.version, m: gid("Topic", dup.id), mv: dup.version },
      { cookie: as.EDITOR },
    );
    expect(errors).toBeUndefined();
    expect(data?.mergeTopics.slug).toBe("ceasefire");
    expect(data?.mergeTopics.version).toBe(kept.version + 1);
    expect(data?.mergeTopics.aliases.map((a) => a.name)).toEqual(expect.arrayContaining([dup.name, `Dubbel ${dup.slug.slice(4)}`]));

    expect((await db.position.findUniqueOrThrow({ where: { id: position.id } })).topicId).toBe(kept.id);
    if (demand) expect((await db.demand.findUniqueOrThrow({ where: { id: demand.id } })).topicId).toBe(kept.id);
    const movedChild = await db.topic.findUniqueOrThrow({ where: { id: child.id } });
    expect(movedChild).toMatchObject({ parentId: kept.id, path: `${kept.path}/${child.slug}` });
    expect((await db.topic.findUniqueOrThrow({ where: { id: grandchild.id } })).path).toBe(`${kept.path}/${child.slug}/${grandchild.slug}`);
    expect(await db.roundTopic.count({ where: { roundId: round.id, topicId: kept.id } })).toBe(1);
    expect(await db.roundTopic.count({ where: { topicId: dup.id } })).toBe(0);
    expect(await db.topicAlias.count({ where: { topicId: dup.id } })).toBe(0);
    expect((await db.topic.findUniqueOrThrow({ where: { id: dup.id } })).deletedAt).not.toBeNull();

    const entries = await db.auditEntry.findMany({ where: { action: "MERGE", entityId: { in: [kept.id, dup.id, position.id, child.id, round.id] } } });
    expect(new Set(entries.map((e) => e.entityId))).toEqual(new Set([kept.id, dup.id, position.id, child.id, round.id]));
    // The kept topic's history explains the merge.
    const history = await api.gql<{ auditLog: { edges: { node: { action: string } }[] } }>(
      `query($id: String!) { auditLog(entityId: $id, first: 5) { edges { node { action } } } }`,
      { id: gid("Topic", kept.id) },
      { cookie: as.EDITOR },
    );
    expect(history.errors).toBeUndefined();
    expect(history.data?.auditLog.edges[0]?.node.action).toBe("MERGE");
  });

  it("answers CONFLICT on a stale version and moves nothing", async () => {
    const db = api.database.db;
    const { kept, dup, position } = await duplicateOf("donbas");
    const { errors } = await api.gql(
      MERGE,
      { k: gid("Topic", kept.id), kv: kept.version, m: gid("Topic", dup.id), mv: dup.version + 5 },
      { cookie: as.EDITOR },
    );
    expect(errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await db.position.findUniqueOrThrow({ where: { id: position.id } })).topicId).toBe(dup.id);
    expect((await db.topic.findUniqueOrThrow({ where: { id: kept.id } })).version).toBe(kept.version);
  });

  it("refuses to absorb an ancestor, itself, and analysts", async () => {
    const db = api.database.db;
    const { dup, child } = await duplicateOf("ceasefire");
    const childNow = await db.topic.findUniqueOrThrow({ where: { id: child.id } });
    const upward = await api.gql(MERGE, { k: gid("Topic", child.id), kv: childNow.version, m: gid("Topic", dup.id), mv: dup.version }, { cookie: as.EDITOR });
    expect(upward.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const self = await api.gql(PREVIEW, { k: gid("Topic", dup.id), m: gid("Topic", dup.id) }, { cookie: as.EDITOR });
    expect(self.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const analyst = await api.gql(MERGE, { k: gid("Topic", dup.id), kv: dup.version, m: gid("Topic", child.id), mv: childNow.version }, { cookie: as.ANALYST });
    expect(analyst.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const previewAnonymous = await api.gql(PREVIEW, { k: gid("Topic", dup.id), m: gid("Topic", child.id) });
    expect(previewAnonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("personMergePreview", () => {
  it("counts the duplicate's spellings, positions and quotes", async () => {
    const db = api.database.db;
    const putin = await db.person.findUniqueOrThrow({ where: { slug: "vladimir-putin" } });
    const dup = await db.person.create({
      data: { slug: "w-putin-preview", name: "W. Putin", aliases: { create: [{ name: "W. Putin", normalized: "w putin" }] } },
    });
    const position = await db.position.findFirstOrThrow({ where: { speakerPersonId: putin.id } });
    await db.position.update({ where: { id: position.id }, data: { speakerPersonId: dup.id } });
    const { data, errors } = await api.gql<{ personMergePreview: { kind: string; count: number }[] }>(
      `query($k: ID!, $m: ID!) { personMergePreview(keep: $k, merge: $m) { kind count } }`,
      { k: gid("Person", putin.id), m: gid("Person", dup.id) },
      { cookie: as.EDITOR },
    );
    expect(errors).toBeUndefined();
    expect(data?.personMergePreview).toEqual([
      { kind: "ALIASES", count: 1 },
      { kind: "POSITIONS", count: 1 },
    ]);
  });
});
