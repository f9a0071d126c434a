// Requests whose answer could be huge are refused before anything runs; ordinary deep reads pass.
import { parse, Kind, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../testing/harness.js";
import { estimateFields, RESULT_SIZE } from "./result-size.js";

function estimate(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return estimateFields(operation.selectionSet, 1, fragments, variables);
}

// Three nested connections fit the depth limit (12); with pages of 100 that is a million positions.
const THREE_DEEP = `query($n: Int!) { parties(first: $n) { edges { node { positions(first: $n) { edges { node {
  topic { positions(first: $n) { edges { node { id } } } }
} } } } } } }`;

describe("result size estimate", () => {
  it("multiplies a connection's selection by its page size, through fragments and variables", () => {
    expect(estimate(`{ a b }`)).toBe(2);
    expect(estimate(`{ list(first: 10) { edges { node { id name } } } }`)).toBe(1 + 10 * 4);
    expect(estimate(`query($n: Int) { list(first: $n) { ...F } } fragment F on L { edges { node { id } } }`, { n: 5 })).toBe(1 + 5 * 3);
    // Without first/last, a connection counts its default page.
    expect(estimate(`{ list { edges { node { id } } } }`)).toBe(1 + RESULT_SIZE.defaultPage * 3);
  });
});

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.stop();
});

describe("result size limit over HTTP", () => {
  it("refuses pages of 100 nested three deep with a typed 400, before any resolver runs", async () => {
    const { status, errors } = await api.gql(THREE_DEEP, { n: 100 });
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.extensions?.limit).toBe(RESULT_SIZE.max);
    expect(Number(errors?.[0]?.extensions?.estimatedFields)).toBeGreaterThan(RESULT_SIZE.max);
  });

  it("lets the same shape through with small pages, and a partner's 100-row list with three levels", async () => {
    const small = await api.gql(THREE_DEEP, { n: 3 });
    expect(small.errors).toBeUndefined();
    const list = await api.gql(
      `{ positions(first: 100) { totalCount edges { node { id stance summary stated { on } party { name } topic { name } evidence { quote article { title } } } } } }`,
    );
    expect(list.errors).toBeUndefined();
  });

  it("reads page sizes from variable defaults when the request leaves the variable out", async () => {
    const withDefault = THREE_DEEP.replace("query($n: Int!)", "query($n: Int = 100)");
    const refused = await api.gql(withDefault);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const small = await api.gql(THREE_DEEP.replace("query($n: Int!)", "query($n: Int = 3)"));
    expect(small.errors).toBeUndefined();
    const oversized = await api.gql(`query($n: Int = 500) { positions(first: $n) { totalCount } }`);
    expect(oversized.status).toBe(400);
    expect(oversized.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
  });
});
