// Concurrent editors on one record: each reads the version, saves its change against it, and on CONFLICT
// reads again and retries. Optimistic concurrency must let every change through exactly once.
import { gql } from "./fixtures.js";

export interface EditorsResult {
  editors: number;
  attempts: number;
  conflicts: number;
  lost: number;
  finalVersion: number;
  expectedVersion: number;
  seconds: number;
}

export async function concurrentEditors(options: { base: string; cookie: string; editors: number; tag: string }): Promise<EditorsResult> {
  const headers = { cookie: options.cookie };
  const created = await gql(
    options.base,
    `mutation($i: PartyInput!) { createParty(input: $i) { id version } }`,
    { i: { slug: `drill-editors-${options.tag}`, name: "Drill editors", kind: "STATE", description: "start" } },
    headers,
  );
  const party = created.body?.data?.createParty as { id: string; version: number } | undefined;
  if (!party) throw new Error(`could not create the record to edit: ${JSON.stringify(created.body)}`);
  const READ = `query($id: ID!) { node(id: $id) { ... on Party { version description } } }`;
  const UPDATE = `mutation($id: ID!, $v: Int!, $d: String!) { updateParty(id: $id, version: $v, input: { description: $d }) { version } }`;
  let attempts = 0;
  let conflicts = 0;
  const started = performance.now();
  const edit = async (n: number) => {
    for (let attempt = 0; attempt < 500; attempt++) {
      const read = await gql(options.base, READ, { id: party.id }, headers);
      const node = read.body?.data?.node as { version: number; description: string } | undefined;
      if (!node) throw new Error(`could not read the record: ${read.status} ${JSON.stringify(read.body)}`);
      attempts += 1;
      const saved = await gql(options.base, UPDATE, { id: party.id, v: node.version, d: `${node.description} #${n}` }, headers);
      if (saved.status === 200 && !saved.body?.errors) return;
      const code = saved.body?.errors?.[0]?.extensions?.code;
      if (code !== "CONFLICT") throw new Error(`editor ${n} got ${saved.status} ${String(code)}`);
      conflicts += 1;
    }
    throw new Error(`editor ${n} never got its change through`);
  };
  await Promise.all(Array.from({ length: options.editors }, (_, n) => edit(n)));
  const final = await gql(options.base, READ, { id: party.id }, headers);
  const node = final.body?.data?.node as { version: number; description: string };
  const present = new Set(node.description.split(" ").filter((w) => w.startsWith("#")));
  const lost = Array.from({ length: options.editors }, (_, n) => `#${n}`).filter((mark) => !present.has(mark)).length;
  return {
    editors: options.editors,
    attempts,
    conflicts,
    lost,
    finalVersion: node.version,
    expectedVersion: party.version + options.editors,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
