// The SQL statements a request makes must not grow with the size of its result (no N+1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";

let api: TestApi;
let statements = 0;
beforeAll(async () => {
  api = await startTestApi({ onQuery: () => void statements++ });
});
afterAll(async () => {
  await api?.stop();
});

async function countStatements(query: string, variables: Record<string, unknown>): Promise<number> {
  statements = 0;
  const { errors } = await api.gql(query, variables);
  expect(errors).toBeUndefined();
  return statements;
}

const NESTED = `query($n: Int!) {
  positions(first: $n) { totalCount edges { node {
    stance party { name aliases { name } } topic { name parent { name } }
    evidence { quote article { title outlet { name } } speaker { name } }
    round { title participants { role party { name } } }
  } } }
}`;

const ROUNDS = `query($n: Int!) {
  rounds(first: $n) { edges { node {
    title delegations { party { name } members { role person { name aliases { name } } } }
    positions(first: $n) { edges { node { stance evidence { quote } } } }
  } } }
}`;

describe("statements per request", () => {
  it.each([
    ["positions with party, topic, evidence and round", NESTED],
    ["rounds with delegations and positions", ROUNDS],
  ])("do not grow with page size: %s", async (_name, query) => {
    const counts = [];
    for (const n of [1, 10, 100]) counts.push(await countStatements(query, { n }));
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
  });

  it("holds for the analysis queries", async () => {
    const q = `query($n: Int!) { stickingPoints(first: $n, asOf: "2026-03-01") { topic { name aliases { name } } positions { party { name } evidence { quote article { title } } } } }`;
    const small = await countStatements(q, { n: 1 });
    const large = await countStatements(q, { n: 50 });
    expect(large).toBe(small);
  });
});
