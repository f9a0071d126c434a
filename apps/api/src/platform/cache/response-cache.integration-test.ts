// The published-read response cache: a repeated read is answered from memory, and never after a write
// it does not reflect (through the API or straight into the database); staff are never served from it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../testing/harness.js";
import { signedInAs } from "../../testing/users.js";

let api: TestApi;
let statements = 0;
let editor: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi({ onQuery: () => void statements++, responseCache: { megabytes: 8 } });
  const cookies = await signedInAs(api, ["EDITOR"]);
  editor = { cookie: cookies.EDITOR };
});
afterAll(async () => {
  await api?.stop();
});

const PARTY = `query($slug: String!) { party(slug: $slug) { id version shortName positions(first: 5) { totalCount } } }`;
type PartyAnswer = { party: { id: string; version: number; shortName: string | null; positions: { totalCount: number } } };

describe("response cache", () => {
  it("answers a repeated published read from memory with one statement (the data version)", async () => {
    const first = await api.gql<PartyAnswer>(PARTY, { slug: "russia" });
    expect(first.errors).toBeUndefined();
    expect(first.headers.get("age")).toBeNull();
    statements = 0;
    const second = await api.gql<PartyAnswer>(PARTY, { slug: "russia" });
    expect(second.headers.get("age")).not.toBeNull();
    expect(second.data).toEqual(first.data);
    expect(statements).toBe(1);
  });

  it("serves nothing stale after an editor's change", async () => {
    const before = await api.gql<PartyAnswer>(PARTY, { slug: "russia" });
    const { id, version } = before.data!.party;
    const changed = await api.gql(
      `mutation($id: ID!, $v: Int!) { updateParty(id: $id, version: $v, input: { shortName: "RU-cache" }) { version } }`,
      { id, v: version },
      editor,
    );
    expect(changed.errors).toBeUndefined();
    const after = await api.gql<PartyAnswer>(PARTY, { slug: "russia" });
    expect(after.headers.get("age")).toBeNull();
    expect(after.data!.party.shortName).toBe("RU-cache");
  });

  it("serves nothing stale after a write made straight into the database", async () => {
    await api.gql(PARTY, { slug: "ukraine" });
    const cached = await api.gql<PartyAnswer>(PARTY, { slug: "ukraine" });
    expect(cached.headers.get("age")).not.toBeNull();
    await api.database.db.$executeRaw`UPDATE "Party" SET "shortName" = 'UA-direct' WHERE slug = 'ukraine'`;
    const after = await api.gql<PartyAnswer>(PARTY, { slug: "ukraine" });
    expect(after.data!.party.shortName).toBe("UA-direct");
  });

  it("never serves staff from the cache, so drafts stay theirs", async () => {
    await api.gql(PARTY, { slug: "russia" }, editor);
    const again = await api.gql(PARTY, { slug: "russia" }, editor);
    expect(again.headers.get("age")).toBeNull();
  });

  it("does not cache answers that depend on the caller", async () => {
    await api.gql(`{ viewer { __typename } }`);
    const again = await api.gql(`{ viewer { __typename } }`);
    expect(again.errors).toBeUndefined();
    expect(again.headers.get("age")).toBeNull();
  });
});
