// Two editors, one record, beyond positions: a catalog form (a party) and talks forms (a round, a demand)
// each answer a stale save with the field-by-field conflict view; the editor keeps one side per field and
// saves without retyping. Also: a missing outlet created from the article form's picker, and the
// histories those saves leave, in words (labels, names) rather than ids. Every record is the test's own.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";

import { ADMIN, DASHBOARD_URL } from "./support/accounts.js";
import { graphql, signInToApi } from "./support/api.js";

const EDITOR_A = { email: "conflicts-a@parley.test", password: "conflicts-a-password-1", name: "Cora Editor" };
const EDITOR_B = { email: "conflicts-b@parley.test", password: "conflicts-b-password-1", name: "Ben Editor" };
const RUN = Date.now().toString(36);

let admin = "";

test.beforeAll(async () => {
  admin = await signInToApi(ADMIN.email, ADMIN.password);
  const users = await graphql<{ users: { email: string }[] }>(admin, "{ users { email } }");
  for (const account of [EDITOR_A, EDITOR_B]) {
    if (users.users.some((u) => u.email === account.email)) continue;
    await graphql(
      admin,
      "mutation($email: String!, $name: String!, $password: String!) { createUser(email: $email, name: $name, password: $password, role: EDITOR) { id } }",
      account,
    );
  }
});

async function contextFor(browser: Browser, account: { email: string; password: string }): Promise<BrowserContext> {
  const context = await browser.newContext();
  const cookies = (await signInToApi(account.email, account.password)).split("; ").map((pair) => {
    const [name = "", ...value] = pair.split("=");
    return { name, value: value.join("="), url: DASHBOARD_URL };
  });
  await context.addCookies(cookies);
  return context;
}

/** Opens a form page and waits until React runs it (a submit before that would be the browser's own). */
async function openForm(page: Page, href: string): Promise<void> {
  await page.goto(href);
  await page.locator("form[data-ready]").waitFor();
}

/** Both editors on the same form. */
async function twoEditorsOn(browser: Browser, href: string) {
  const [a, b] = await Promise.all([contextFor(browser, EDITOR_A), contextFor(browser, EDITOR_B)]);
  const [pageA, pageB] = await Promise.all([a.newPage(), b.newPage()]);
  await Promise.all([openForm(pageA, href), openForm(pageB, href)]);
  return { pageA, pageB, close: () => Promise.all([a.close(), b.close()]) };
}

test("two editors, one party: the later save keeps a side per field and saves without retyping", async ({ browser }) => {
  const slug = `e2e-conflictland-${RUN}`;
  const party = await graphql<{ createParty: { id: string } }>(admin, "mutation($input: PartyInput!) { createParty(input: $input) { id } }", {
    input: { name: `E2E Conflictland ${RUN}`, slug, kind: "STATE", description: "Original note" },
  });
  const { pageA, pageB, close } = await twoEditorsOn(browser, `/parties/${slug}/edit`);

  await pageB.getByLabel("Editors' note").fill("B's note");
  await pageB.getByRole("button", { name: "Save changes" }).click();
  await expect(pageB).toHaveURL(new RegExp(`/parties/${slug}$`));

  await pageA.getByLabel("Short name").fill("ECL");
  await pageA.getByLabel("Editors' note").fill("A's note");
  await pageA.getByRole("button", { name: "Save changes" }).click();
  const conflict = pageA.getByTestId("conflict");
  await expect(conflict.getByRole("heading", { name: "A colleague saved this record while you were editing" })).toBeVisible();
  // Only A changed the short name: it starts on A's side. Both changed the note: A keeps B's.
  const shortName = conflict.getByTestId("conflict-shortName");
  await expect(shortName.getByRole("radio", { name: /Your version/ })).toBeChecked();
  await expect(shortName).toContainText("ECL");
  const note = conflict.getByTestId("conflict-description");
  await expect(note).toContainText("A's note");
  await expect(note).toContainText("B's note");
  await note.getByRole("radio", { name: /Saved first/ }).check();
  await conflict.getByRole("button", { name: "Save with these choices" }).click();
  await expect(pageA).toHaveURL(new RegExp(`/parties/${slug}$`));

  const saved = await graphql<{ party: { shortName: string | null; description: string | null; version: number } }>(
    admin,
    "query($slug: String!) { party(slug: $slug) { shortName description version } }",
    { slug },
  );
  expect(saved.party).toEqual({ shortName: "ECL", description: "B's note", version: 3 });

  // The history says who changed what, under the form's own labels.
  await pageA.goto(`/history/${encodeURIComponent(party.createParty.id)}`);
  const latest = pageA.getByTestId("history-entry").first();
  await expect(latest).toContainText("Cora Editor");
  await expect(latest).toContainText("Short name");
  await expect(latest).toContainText("ECL");
  await expect(pageA.getByTestId("history-entry").nth(1)).toContainText("Editors' note");
  await close();
});

test("two editors, one round: the later save keeps their venue and its own city", async ({ browser }) => {
  const slug = `e2e-conflict-round-${RUN}`;
  const party = await graphql<{ parties: { edges: { node: { id: string; name: string } }[] } }>(
    admin,
    "{ parties(first: 1, filter: { status: PUBLISHED }) { edges { node { id name } } } }",
  );
  const participant = party.parties.edges[0]?.node;
  const round = await graphql<{ createRound: { id: string } }>(admin, "mutation($input: RoundInput!) { createRound(input: $input) { id } }", {
    input: { title: `E2E Conflict round ${RUN}`, slug, format: "BILATERAL", roundStatus: "PLANNED", venue: "Old venue" },
  });
  const { pageA, pageB, close } = await twoEditorsOn(browser, `/rounds/${slug}/edit`);

  await pageB.getByLabel("Venue").fill("B's venue");
  await pageB.getByRole("button", { name: "Save changes" }).click();
  await expect(pageB).toHaveURL(new RegExp(`/rounds/${slug}$`));

  await pageA.getByLabel("Venue").fill("A's venue");
  await pageA.getByLabel("City").fill("Geneva");
  await pageA.getByRole("button", { name: "Save changes" }).click();
  const conflict = pageA.getByTestId("conflict");
  await expect(conflict.getByRole("heading", { name: "A colleague saved this record while you were editing" })).toBeVisible();
  await expect(conflict.getByTestId("conflict-city").getByRole("radio", { name: /Your version/ })).toBeChecked();
  await conflict
    .getByTestId("conflict-venue")
    .getByRole("radio", { name: /Saved first/ })
    .check();
  // "Apply and keep editing": the choices land in the form, which saves as it stands.
  await conflict.getByRole("button", { name: "Apply and keep editing" }).click();
  await expect(pageA.getByLabel("Venue")).toHaveValue("B's venue");
  await expect(pageA.getByLabel("City")).toHaveValue("Geneva");
  if (participant) {
    await pageA.getByLabel(/^Add a party/).fill(participant.name.slice(0, 6));
    await pageA
      .getByRole("option", { name: new RegExp(participant.name) })
      .first()
      .click();
  }
  await pageA.getByRole("button", { name: "Save changes" }).click();
  await expect(pageA).toHaveURL(new RegExp(`/rounds/${slug}$`));

  const saved = await graphql<{ round: { venue: string | null; city: string | null; version: number } }>(
    admin,
    "query($slug: String!) { round(slug: $slug) { venue city version } }",
    { slug },
  );
  expect(saved.round).toEqual({ venue: "B's venue", city: "Geneva", version: 3 });

  // Participants are named in the history, with their role in the editor's language.
  await pageA.goto(`/history/${encodeURIComponent(round.createRound.id)}`);
  const latest = pageA.getByTestId("history-entry").first();
  await expect(latest).toContainText("City");
  await expect(latest).toContainText("Geneva");
  if (participant) await expect(latest).toContainText(`${participant.name} · Participant`);
  await close();
});

test("two editors, one demand: the later save keeps the summary saved first and its own date", async ({ browser }) => {
  const ids = await graphql<{
    parties: { edges: { node: { id: string } }[] };
    topics: { edges: { node: { id: string } }[] };
    evidence: { edges: { node: { id: string } }[] };
  }>(
    admin,
    "{ parties(first: 1, filter: { status: PUBLISHED }) { edges { node { id } } } topics(first: 1) { edges { node { id } } } evidence(first: 1) { edges { node { id } } } }",
  );
  const [from, topic, quote] = [ids.parties.edges[0]?.node.id, ids.topics.edges[0]?.node.id, ids.evidence.edges[0]?.node.id];
  expect([from, topic, quote].every(Boolean)).toBe(true);
  const demand = await graphql<{ createDemand: { id: string } }>(admin, "mutation($input: DemandInput!) { createDemand(input: $input) { id } }", {
    input: {
      slug: `e2e-conflict-demand-${RUN}`,
      summary: `E2E original demand ${RUN}`,
      from,
      topic,
      raised: { on: "2026-01-15", precision: "DAY" },
      evidence: [quote],
    },
  });
  const id = demand.createDemand.id;
  const { pageA, pageB, close } = await twoEditorsOn(browser, `/demands/${encodeURIComponent(id)}/edit`);

  await pageB.getByLabel("What is demanded").fill("B's summary");
  await pageB.getByRole("button", { name: "Save changes" }).click();
  await expect(pageB).toHaveURL(new RegExp(`/demands/${encodeURIComponent(id)}$`));

  await pageA.getByLabel("What is demanded").fill("A's summary");
  await pageA.getByLabel("Year").fill("2025");
  await pageA.getByRole("button", { name: "Save changes" }).click();
  const conflict = pageA.getByTestId("conflict");
  await expect(conflict.getByRole("heading", { name: "A colleague saved this record while you were editing" })).toBeVisible();
  // Only A changed the date: it starts on A's side. Both changed the summary: A keeps B's.
  await expect(conflict.getByTestId("conflict-raised").getByRole("radio", { name: /Your version/ })).toBeChecked();
  const summary = conflict.getByTestId("conflict-summary");
  await expect(summary).toContainText("A's summary");
  await expect(summary).toContainText("B's summary");
  await summary.getByRole("radio", { name: /Saved first/ }).check();
  await conflict.getByRole("button", { name: "Save with these choices" }).click();
  await expect(pageA).toHaveURL(new RegExp(`/demands/${encodeURIComponent(id)}$`));

  const saved = await graphql<{ node: { summary: string; raised: { on: string | null; precision: string }; version: number } }>(
    admin,
    "query($id: ID!) { node(id: $id) { ... on Demand { summary raised { on precision } version } } }",
    { id },
  );
  expect(saved.node).toEqual({ summary: "B's summary", raised: { on: "2025-01-15", precision: "DAY" }, version: 3 });
  await close();
});

test("a missing outlet is created from the article form's picker without leaving it", async ({ browser }) => {
  const slug = `e2e-outlet-article-${RUN}`;
  await graphql(admin, "mutation($input: ArticleInput!) { createArticle(input: $input) { id } }", {
    input: {
      title: `E2E article for a new outlet ${RUN}`,
      slug,
      language: "en",
      published: { on: null, precision: "UNKNOWN" },
      body: `A short article body for the outlet test ${RUN}.`,
    },
  });
  const context = await contextFor(browser, EDITOR_A);
  const page = await context.newPage();
  await openForm(page, `/articles/${slug}/edit`);
  const outlet = `E2E Gazette ${RUN}`;
  await page.getByRole("combobox", { name: /^Outlet/ }).fill(outlet);
  await page.getByRole("option", { name: `Create “${outlet}” as a new outlet…` }).click();
  const dialog = page.getByRole("dialog", { name: "New outlet" });
  await expect(dialog.getByLabel("Name", { exact: true })).toHaveValue(outlet);
  await expect(dialog.getByLabel("Identifier (in web addresses)")).toHaveValue(`e2e-gazette-${RUN}`);
  await dialog.getByRole("button", { name: "Create and choose" }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}/edit$`));
  await expect(page.getByTestId("picked-outlet")).toContainText(outlet);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`));
  const saved = await graphql<{ article: { outlet: { name: string; status: string } | null } }>(
    admin,
    "query($slug: String!) { article(slug: $slug) { outlet { name status } } }",
    { slug },
  );
  expect(saved.article.outlet).toEqual({ name: outlet, status: "DRAFT" });
  await context.close();
});
