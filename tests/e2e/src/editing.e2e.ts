// Editors curate: the position form, conflicts between two editors, history and revert, state changes
// with confirmation, and the role limits. Each test works on a position of its own, created through the
// API, so the seeded corpus other suites read stays as it is.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";

import { ADMIN, DASHBOARD_URL } from "./support/accounts.js";
import { openPassagePanel } from "./support/passage.js";
import { graphql, signInToApi as signInWith } from "./support/api.js";

const DASHBOARD = DASHBOARD_URL;
const EDITOR_A = { email: "editing-a@parley.test", password: "editing-a-password-1", name: "Edna Editor" };
const EDITOR_B = { email: "editing-b@parley.test", password: "editing-b-password-1", name: "Bart Editor" };
const ANALYST = { email: "editing-analyst@parley.test", password: "editing-analyst-password-1", name: "Anna Analyst" };

const signInToApi = (account: { email: string; password: string }): Promise<string> => signInWith(account.email, account.password);

/** A browser context signed in as this account (the session cookie set on the dashboard's origin). */
async function contextFor(browser: Browser, account: { email: string; password: string }): Promise<BrowserContext> {
  const context = await browser.newContext();
  const cookies = (await signInToApi(account)).split("; ").map((pair) => {
    const [name = "", ...value] = pair.split("=");
    return { name, value: value.join("="), url: DASHBOARD };
  });
  await context.addCookies(cookies);
  return context;
}

let admin = "";

test.beforeAll(async () => {
  admin = await signInToApi(ADMIN);
  const users = await graphql<{ users: { email: string }[] }>(admin, "{ users { email } }");
  for (const [account, role] of [
    [EDITOR_A, "EDITOR"],
    [EDITOR_B, "EDITOR"],
    [ANALYST, "ANALYST"],
  ] as const) {
    if (users.users.some((u) => u.email === account.email)) continue;
    await graphql(
      admin,
      "mutation($email: String!, $name: String!, $password: String!, $role: Role!) { createUser(email: $email, name: $name, password: $password, role: $role) { id } }",
      { ...account, role },
    );
  }
});

/** A fresh draft position on a seeded party, topic and quote; returns its global id. */
async function createPosition(summary: string): Promise<string> {
  const seed = await graphql<{
    parties: { edges: { node: { id: string } }[] };
    topics: { edges: { node: { id: string } }[] };
    evidence: { edges: { node: { id: string } }[] };
  }>(
    admin, // Published seed records only: other suites create draft parties and topics, on which a published
    // position would still be hidden from anonymous readers.
    '{ parties(first: 1, filter: { status: PUBLISHED }) { edges { node { id } } } topics(first: 1, filter: { status: PUBLISHED }) { edges { node { id } } } evidence(first: 1, article: "abu-dhabi-talks-resume") { edges { node { id } } } }',
  );
  const created = await graphql<{ createPosition: { id: string } }>(admin, "mutation($input: PositionInput!) { createPosition(input: $input) { id } }", {
    input: {
      party: seed.parties.edges[0]?.node.id,
      topic: seed.topics.edges[0]?.node.id,
      evidence: [seed.evidence.edges[0]?.node.id],
      stance: "OPEN_TO",
      summary,
      stated: { on: "2026-02-01", precision: "MONTH" },
    },
  });
  return created.createPosition.id;
}

const editHref = (id: string) => `/positions/${encodeURIComponent(id)}/edit`;

/** Opens the edit form and waits until React runs it (a submit before that would be the browser's own). */
async function openForm(page: Page, id: string): Promise<void> {
  await page.goto(editHref(id));
  await page.locator("form[data-ready]").waitFor();
}

/** Clicks a button that opens a dialog, again until the page is hydrated and the dialog shows. */
async function openDialog(page: Page, button: Locator): Promise<Locator> {
  const dialog = page.getByRole("dialog");
  await expect(async () => {
    if (!(await dialog.isVisible())) await button.click();
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass();
  return dialog;
}
const detailHref = (id: string) => `/positions/${encodeURIComponent(id)}`;

/** Axe on the page's own content and any open dialog (the shared header is checked by the dashboard suite). */
async function expectNoSeriousAxeViolations(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include("main").include("[role=dialog]").analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${what}: ${v.id} ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

test("an editor edits a position with the pickers and the date input; a reload keeps unsaved work", async ({ browser }) => {
  const id = await createPosition("E2E position to edit");
  const context = await contextFor(browser, EDITOR_A);
  const page = await context.newPage();
  await openForm(page, id);
  await expect(page.getByRole("heading", { level: 1, name: "Edit position" })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "position form");

  await page.getByLabel("Summary").fill("E2E: wants talks first");
  // The speaker by another spelling (Dutch transliteration) finds Kostyukov.
  await page.getByLabel(/Speaker/).fill("Kostjoekov");
  await page.getByRole("option", { name: /Kostyukov/ }).click();
  await expect(page.getByTestId("picked-person")).toContainText("Igor Kostyukov");
  await page.getByLabel("How precise").selectOption("DAY");
  await page.getByLabel("Day").fill("31");
  await page.getByLabel("Month", { exact: true }).selectOption("2");
  await page.getByLabel("Year").fill("2026");
  await page.getByRole("radio", { name: /^Supports/ }).check();

  // Leaving asks first (the browser's own prompt); a reload then brings the draft back, and says so.
  const prompts: string[] = [];
  page.on("dialog", (dialog) => {
    prompts.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  await page.locator("form[data-ready]").waitFor();
  await expect(page.getByText("Your unsaved changes from before the reload are back")).toBeVisible();
  expect(prompts).toEqual(["beforeunload"]);
  await expect(page.getByLabel("Summary")).toHaveValue("E2E: wants talks first");
  await expect(page.getByLabel("Day")).toHaveValue("31");

  // 31 February does not exist: the form says so in words, on the field.
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("This day does not exist in that month.")).toBeVisible();
  await page.getByLabel("Day").fill("4");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`${detailHref(id).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  await expect(page.getByRole("heading", { level: 1, name: "E2E: wants talks first" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Igor Kostyukov" })).toBeVisible();
  await expect(page.locator("#details").getByText("4 February 2026")).toBeVisible();
  await context.close();
});

test("two editors, one position: the second sees both versions, keeps a side per field and saves", async ({ browser }) => {
  const id = await createPosition("E2E conflict: original summary");
  const [a, b] = await Promise.all([contextFor(browser, EDITOR_A), contextFor(browser, EDITOR_B)]);
  const pageA = await a.newPage();
  const pageB = await b.newPage();
  await Promise.all([openForm(pageA, id), openForm(pageB, id)]);

  await pageB.getByLabel("Summary").fill("E2E conflict: B's summary");
  await pageB.getByRole("button", { name: "Save changes" }).click();
  await expect(pageB).toHaveURL(/\/positions\/[^/]+$/);

  await pageA.getByRole("radio", { name: /^Rejects/ }).check();
  await pageA.getByRole("button", { name: "Save changes" }).click();
  const conflict = pageA.getByTestId("conflict");
  await expect(conflict.getByRole("heading", { name: "A colleague saved this record while you were editing" })).toBeVisible();
  await expectNoSeriousAxeViolations(pageA, "conflict view");
  // A changed the stance, B the summary: each field starts on the side that changed it.
  await expect(conflict.getByTestId("conflict-summary").getByRole("radio", { name: /Saved first/ })).toBeChecked();
  await expect(conflict.getByTestId("conflict-stance").getByRole("radio", { name: /Your version/ })).toBeChecked();
  await conflict.getByRole("button", { name: "Save with these choices" }).click();
  await expect(pageA.getByRole("heading", { level: 1, name: "E2E conflict: B's summary" })).toBeVisible();
  await expect(pageA.getByTestId("record-meta")).toContainText("Version 3");
  const saved = await graphql<{ node: { stance: string; summary: string } }>(
    admin,
    "query($id: ID!) { node(id: $id) { ... on Position { stance summary } } }",
    { id },
  );
  expect(saved.node).toEqual({ stance: "REJECTS", summary: "E2E conflict: B's summary" });
  await Promise.all([a.close(), b.close()]);
});

test("history shows who changed what, reverts to an earlier version and shows the position as of a date", async ({ browser }) => {
  const id = await createPosition("E2E history: first words");
  await graphql(
    admin,
    'mutation($id: ID!) { updatePosition(id: $id, version: 1, input: { summary: "E2E history: second words", stance: REJECTS }) { version } }',
    { id },
  );
  const context = await contextFor(browser, EDITOR_A);
  const page = await context.newPage();
  await page.goto(`/positions/${encodeURIComponent(id)}/history`);
  const entries = page.getByTestId("history-entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText("Changed");
  await expect(entries.first()).toContainText("E2E history: first words");
  await expect(entries.first()).toContainText("E2E history: second words");
  await expect(entries.first()).toContainText("Rejects");
  await expectNoSeriousAxeViolations(page, "history");

  const dialog = await openDialog(page, page.getByRole("button", { name: "Revert to version 1" }));
  await expect(dialog).toContainText("goes back to how it was at version 1");
  await expectNoSeriousAxeViolations(page, "revert dialog");
  await dialog.getByRole("button", { name: "Revert" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E history: first words" })).toBeVisible();

  // As of now: the position as it stands, with its quote.
  await page.goto(`/positions/${encodeURIComponent(id)}/history?at=2100-01-01`);
  await expect(page.getByTestId("as-of")).toContainText("E2E history: first words");
  await expect(page.getByTestId("as-of").locator("blockquote")).toHaveCount(1);
  await context.close();
});

test("publishing asks first and makes the position visible to anonymous API callers; deleting leads to restore", async ({ browser }) => {
  const id = await createPosition("E2E publish: a draft");
  const anonymous = "query($id: ID!) { node(id: $id) { ... on Position { summary quotes(first: 5) { totalCount } } } }";
  expect((await graphql<{ node: unknown }>(null, anonymous, { id })).node).toBeNull();
  const context = await contextFor(browser, EDITOR_A);
  const page = await context.newPage();
  await page.goto(detailHref(id));
  const dialog = await openDialog(page, page.getByTestId("record-actions").getByRole("button", { name: "Publish" }));
  await expect(dialog).toContainText("Anonymous readers and partner API keys will see it");
  await expectNoSeriousAxeViolations(page, "publish dialog");
  await dialog.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("record-meta")).toContainText("Published");
  expect((await graphql<{ node: { summary: string } | null }>(null, anonymous, { id })).node?.summary).toBe("E2E publish: a draft");

  await (await openDialog(page, page.getByTestId("record-actions").getByRole("button", { name: "Delete" }))).getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByText("This record is deleted")).toBeVisible();
  await (await openDialog(page, page.getByRole("button", { name: "Restore" }))).getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E publish: a draft" })).toBeVisible();
  await context.close();
});

test("an analyst gets no edit controls and the edit page says editors only", async ({ browser }) => {
  const id = await createPosition("E2E analyst: read only");
  const context = await contextFor(browser, ANALYST);
  const page = await context.newPage();
  await page.goto(detailHref(id));
  await expect(page.getByRole("heading", { level: 1, name: "E2E analyst: read only" })).toBeVisible();
  await expect(page.getByTestId("record-actions")).toHaveCount(0);
  await page.goto(editHref(id));
  await expect(page.getByTestId("editor-only")).toContainText("Only editors can change records");
  await context.close();
});

test("a passage selected in the reader becomes the evidence of a new position; published, anonymous callers see it with its quote", async ({ browser }) => {
  // A seeded article and a stretch of its body that is no quote yet.
  const found = await graphql<{
    articles: { edges: { node: { slug: string; body: string; evidence: { edges: { node: { startOffset: number; endOffset: number } }[] } } }[] };
  }>(admin, "{ articles(first: 5) { edges { node { slug body evidence(first: 100) { edges { node { startOffset endOffset } } } } } } }");
  const article = found.articles.edges.map((e) => e.node).find((a) => a.body.length > 400);
  if (!article) throw new Error("no seeded article with a body");
  const taken = article.evidence.edges.map((e) => e.node);
  const sentences = [...article.body.matchAll(/[^.\n]{40,160}[.]/g)];
  const free = sentences.find((m) => taken.every((q) => (m.index ?? 0) + m[0].length <= q.startOffset || (m.index ?? 0) >= q.endOffset));
  if (!free || free.index === undefined) throw new Error("no free sentence in the article");
  const exact = free[0].trim();
  const start = article.body.indexOf(exact, free.index);
  const end = start + exact.length;

  const context = await contextFor(browser, EDITOR_A);
  const page = await context.newPage();
  await page.goto(`/articles/${article.slug}`);
  // Select the passage as a reader's mouse would: a DOM range over the rendered text nodes.
  const panel = await openPassagePanel(page, exact, start);
  await expect(panel).toContainText(`Characters ${start} to ${end}`);
  await expect(panel.getByTestId("passage-quote").locator("mark")).toHaveText(exact);
  await expectNoSeriousAxeViolations(page, "passage panel");

  await panel.getByLabel("Attribution").selectOption("ANONYMOUS_OFFICIAL");
  await panel.getByLabel("Confidence").selectOption("HIGH");
  await panel.getByRole("combobox", { name: "Party" }).fill("Ukraine");
  await panel
    .getByRole("option", { name: /^Ukraine/ })
    .first()
    .click();
  await panel.getByRole("combobox", { name: "Topic" }).fill("Donbas");
  await panel
    .getByRole("option", { name: /^Donbas/ })
    .first()
    .click();
  await panel.getByRole("radio", { name: /^Rejects/ }).check();
  await panel.getByRole("textbox", { name: "Summary" }).fill("E2E reader: rejects leaving the Donbas");
  await panel.getByRole("button", { name: "Save quote and position" }).click();
  await panel.getByRole("link", { name: "Open the position" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "E2E reader: rejects leaving the Donbas" })).toBeVisible();
  const dialog = await openDialog(page, page.getByTestId("record-actions").getByRole("button", { name: "Publish" }));
  await expect(dialog).toContainText("1 of its quotes is still a draft");
  await expect(dialog.getByRole("checkbox", { name: "Publish that quote too" })).toBeChecked();
  await dialog.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("record-meta")).toContainText("Published");

  const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
  const seen = await graphql<{ node: { summary: string; quotes: { edges: { node: { quote: string; attribution: string; confidence: string } }[] } } | null }>(
    null,
    "query($id: ID!) { node(id: $id) { ... on Position { summary quotes(first: 5) { edges { node { quote attribution confidence } } } } } }",
    { id },
  );
  expect(seen.node?.summary).toBe("E2E reader: rejects leaving the Donbas");
  expect(seen.node?.quotes.edges.map((e) => e.node)).toEqual([{ quote: exact, attribution: "ANONYMOUS_OFFICIAL", confidence: "HIGH" }]);
  await context.close();
});

test("any record's history, opened from its page, shows the change and reverts it", async ({ browser }) => {
  const slug = `e2e-history-outlet-${Date.now()}`;
  const created = await graphql<{ createOutlet: { id: string } }>(
    admin,
    'mutation($slug: String!) { createOutlet(input: { name: "E2E Gazette", slug: $slug, country: "NL" }) { id } }',
    { slug },
  );
  const id = created.createOutlet.id;
  await graphql(admin, 'mutation($id: ID!) { updateOutlet(id: $id, version: 1, input: { name: "E2E Courier" }) { version } }', { id });
  const context = await contextFor(browser, EDITOR_A);
  const page = await context.newPage();
  await page.goto(`/outlets/${encodeURIComponent(id)}`);
  await expect(page.getByRole("heading", { level: 1, name: "E2E Courier" })).toBeVisible();
  await page.getByTestId("record-meta").getByRole("link", { name: "History" }).click();
  const latest = page.getByTestId("history-entry").first();
  await expect(latest).toContainText("Changed");
  await expect(latest).toContainText("Name: E2E Gazette → E2E Courier");
  await expectNoSeriousAxeViolations(page, "record history");
  const dialog = await openDialog(page, page.getByRole("button", { name: "Revert to version 1" }));
  await dialog.getByRole("button", { name: "Revert" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E Gazette" })).toBeVisible();
  await context.close();
});
