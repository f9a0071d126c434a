// Quotes and what they support, as paged connections.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.stop();
});

interface Conn<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

describe("quote connections", () => {
  it("page a position's quotes, agreeing with the plain list", async () => {
    const { data, errors } = await api.gql<{ positions: { edges: { node: { id: string; evidence: { id: string }[]; quotes: Conn<{ id: string }> } }[] } }>(
      `{ positions(first: 100) { edges { node { id evidence { id } quotes(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } } }`,
    );
    expect(errors).toBeUndefined();
    const withSeveral = data!.positions.edges.map((e) => e.node).find((p) => p.evidence.length >= 2)!;
    expect(withSeveral).toBeDefined();
    expect(withSeveral.quotes.totalCount).toBe(withSeveral.evidence.length);
    expect(withSeveral.quotes.pageInfo.hasNextPage).toBe(true);
    // The next page, through the position's node.
    const next = await api.gql<{ node: { quotes: Conn<{ id: string }> } }>(
      `query($id: ID!, $c: String) { node(id: $id) { ... on Position { quotes(first: 100, after: $c) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`,
      {
        id: withSeveral.id,
        c: withSeveral.quotes.pageInfo.endCursor,
      },
    );
    expect(next.errors).toBeUndefined();
    const paged = [withSeveral.quotes.edges[0]!.node.id, ...next.data!.node.quotes.edges.map((e) => e.node.id)];
    expect(paged.sort()).toEqual(withSeveral.evidence.map((e) => e.id).sort());
  });

  it("page what a quote supports, hiding drafts from the count too", async () => {
    const db = api.database.db;
    const link = await db.positionEvidence.findFirstOrThrow({ select: { evidenceId: true, positionId: true } });
    const id = Buffer.from(`Evidence:${link.evidenceId}`).toString("base64");
    const query = `query($id: ID!) { node(id: $id) { ... on Evidence { positions { id } supportedPositions(first: 100) { totalCount edges { node { id } } } supportedDemands(first: 100) { totalCount } demands { id } } } }`;
    type Shape = {
      node: { positions: { id: string }[]; demands: { id: string }[]; supportedPositions: Conn<{ id: string }>; supportedDemands: { totalCount: number } };
    };
    const before = await api.gql<Shape>(query, { id });
    expect(before.errors, JSON.stringify(before.errors)).toBeUndefined();
    expect(before.data!.node.supportedPositions.edges.map((e) => e.node.id).sort()).toEqual(before.data!.node.positions.map((p) => p.id).sort());
    expect(before.data!.node.supportedDemands.totalCount).toBe(before.data!.node.demands.length);
    await db.position.update({ where: { id: link.positionId }, data: { status: "DRAFT" } });
    try {
      const after = await api.gql<Shape>(query, { id });
      expect(after.data!.node.supportedPositions.totalCount).toBe(before.data!.node.supportedPositions.totalCount - 1);
      expect(after.data!.node.supportedPositions.edges.map((e) => e.node.id)).not.toContain(Buffer.from(`Position:${link.positionId}`).toString("base64"));
    } finally {
      await db.position.update({ where: { id: link.positionId }, data: { status: "PUBLISHED" } });
    }
  });
});
