// From passage to evidence, in the reader: a selected passage backs a new demand (a refused slug lands
// on its field, the quote is deleted again and the retry brings it back), a person's role and a delegation seat; a person chosen in
// the mention list becomes the panel's speaker; a new position and its quote (and the draft article) are
// published from the reader, and an anonymous API caller then sees the position with its quote. Axe
// checks the panel with each target open.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";

import { ADMIN, DASHBOARD_URL } from "./support/accounts.js";
import { graphql, signInToApi } from "./support/api.js";
import { openPassagePanel, pick } from "./support/passage.js";

const EDITOR = { email: "reader-editor@parley.test", password: "reader-editor-password-1", name: "Rhea Reader" };
const stamp = Date.now();
const PERSON = `Orest Passagechuk ${stamp}`;
const ROUND = `E2E reader round ${stamp}`;
const PASSAGES = {
  demand: "Moscow again demanded that Kyiv hand over the rest of the Donbas before any ceasefire.",
  role: `${PERSON}, the deputy head of the presidential office, led the Ukrainian team.`,
  seat: `${PERSON} headed the Ukrainian delegation at the table.`,
  position: "Kyiv will not cede territory it still holds, an adviser said.",
};
const BODY = [`Abu Dhabi, ${stamp}.`, PASSAGES.demand, PASSAGES.role, PASSAGES.seat, PASSAGES.position, "The talks continue."].join("\n\n");
let articleSlug = "";
let admin = "";

async function contextFor(browser: Browser, account: { email: string; password: string }): Promise<BrowserContext> {
  const context = await browser.newContext();
  const cookies = (await signInToApi(account.email, account.password)).split("; ").map((pair) => {
    const [name = "", ...value] = pair.split("=");
    return { name, value: value.join("="), url: DASHBOARD_URL };
  });
  await context.addCookies(cookies);
  return context;
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include("[role=dialog]").analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function openReader(page: Page): Promise<void> {
  await page.goto(`/articles/${articleSlug}`);
  await expect(page.getByTestId("article-body")).toContainText(PASSAGES.demand);
}

async function backs(panel: Locator, target: string): Promise<void> {
  await panel.getByRole("radio", { name: target, exact: true }).check();
}

async function quotesOfArticle(): Promise<string[]> {
  const found = await graphql<{ article: { evidence: { edges: { node: { quote: string } }[] } } }>(
    admin,
    "query($slug: String!) { article(slug: $slug) { evidence(first: 50) { edges { node { quote } } } } }",
    { slug: articleSlug },
  );
  return found.article.evidence.edges.map((e) => e.node.quote);
}

test.beforeAll(async () => {
  admin = await signInToApi(ADMIN.email, ADMIN.password);
  const users = await graphql<{ users: { email: string }[] }>(admin, "{ users { email } }");
  if (!users.users.some((u) => u.email === EDITOR.email)) {
    await graphql(
      admin,
      "mutation($email: String!, $name: String!, $password: String!, $role: Role!) { createUser(email: $email, name: $name, password: $password, role: $role) { id } }",
      { ...EDITOR, role: "EDITOR" },
    );
  }
  // The scene: a draft article, and a person and a round of this run's own (seed records stay as they are).
  const article = await graphql<{ createArticle: { slug: string } }>(admin, "mutation($input: ArticleInput!) { createArticle(input: $input) { slug } }", {
    input: { title: `E2E reader ${stamp}`, body: BODY, language: "en", published: { on: "2026-02-12", precision: "DAY" } },
  });
  articleSlug = article.createArticle.slug;
  await graphql(admin, "mutation($input: PersonInput!) { createPerson(input: $input) { id } }", {
    input: { name: PERSON, slug: `orest-passagechuk-${stamp}` },
  });
  const processes = await graphql<{ processes: { edges: { node: { id: string } }[] } }>(admin, "{ processes(first: 1) { edges { node { id } } } }");
  await graphql(admin, "mutation($input: RoundInput!) { createRound(input: $input) { id } }", {
    input: {
      title: ROUND,
      slug: `e2e-reader-round-${stamp}`,
      format: "TRILATERAL",
      roundStatus: "HELD",
      process: processes.processes.edges[0]?.node.id,
      start: { on: "2026-02-12", precision: "DAY" },
    },
  });
});

test("the panel reads well with every target open (axe)", async ({ browser }) => {
  const context = await contextFor(browser, EDITOR);
  const page = await context.newPage();
  await openReader(page);
  const panel = await openPassagePanel(page, PASSAGES.demand);
  await expect(panel.getByRole("group", { name: "Positions" })).toBeVisible();
  for (const target of [
    "a new position",
    "an existing position",
    "a new demand",
    "an existing demand",
    "a demand's status change",
    "a fact about a round",
    "a round's date",
    "a person's role",
    "a delegation seat",
  ]) {
    await backs(panel, target);
    await expectAccessible(page, target);
  }
  await context.close();
});

test("a passage becomes a new demand; a taken slug is refused on its field and the quote is deleted again", async ({ browser }) => {
  const context = await contextFor(browser, EDITOR);
  const page = await context.newPage();
  await openReader(page);
  const panel = await openPassagePanel(page, PASSAGES.demand);
  await backs(panel, "a new demand");
  // Nothing chosen: each missing field says so, in place.
  await panel.getByRole("button", { name: "Save quote and demand" }).click();
  await expect(panel.getByText("Choose the party that makes the demand.")).toBeVisible();
  await expect(panel.getByText("Choose the topic.")).toBeVisible();

  await pick(panel, "Demanding party", "Russia", /^Russia/);
  await pick(panel, /^Demanded of/, "Ukraine", /^Ukraine/);
  await pick(panel, "Topic", "Donbas", /^Donbas/);
  const summary = `E2E reader ${stamp}: Ukraine hands over the rest of the Donbas`;
  await panel.getByRole("textbox", { name: "Summary" }).fill(summary);
  // The slug follows the summary (and its "missing" error goes).
  const slug = panel.getByRole("textbox", { name: "Identifier (in web addresses)" });
  await expect(slug).toHaveValue(new RegExp(`^e2e-reader-${stamp}-ukraine-hands-over`));
  await expect(slug).not.toHaveAttribute("aria-invalid", "true");
  // A seed demand's slug: the API refuses it, on the slug field; the quote made first is deleted again.
  await slug.fill("russia-ukraine-leaves-four-regions");
  await panel.getByRole("button", { name: "Save quote and demand" }).click();
  await expect(slug).toHaveAttribute("aria-invalid", "true");
  await expect(panel.locator("#passage-slug-error")).toContainText("slug");
  await expect(slug).toBeFocused();
  expect(await quotesOfArticle()).toEqual([]);

  await slug.fill(`e2e-reader-demand-${stamp}`);
  await panel.getByRole("button", { name: "Save quote and demand" }).click();
  await expect(panel.getByTestId("passage-done")).toContainText("evidence of the new demand");
  // The retry brought the withdrawn quote back: the passage is one quote, not two.
  expect(await quotesOfArticle()).toEqual([PASSAGES.demand]);
  const demand = await graphql<{
    demands: { edges: { node: { summary: string; toParty: { name: string }; quotes: { edges: { node: { quote: string } }[] } } }[] };
  }>(
    admin,
    "query($text: String!) { demands(first: 1, filter: { text: $text }) { edges { node { summary toParty { name } quotes(first: 5) { edges { node { quote } } } } } } }",
    { text: `E2E reader ${stamp}` },
  );
  expect(demand.demands.edges[0]?.node).toEqual({ summary, toParty: { name: "Ukraine" }, quotes: { edges: [{ node: { quote: PASSAGES.demand } }] } });
  await context.close();
});

test("passages become a person's role and a seat in a round's delegation", async ({ browser }) => {
  const context = await contextFor(browser, EDITOR);
  const page = await context.newPage();
  await openReader(page);
  let panel = await openPassagePanel(page, PASSAGES.role);
  await backs(panel, "a person's role");
  await pick(panel, "Person", "Passagechuk", new RegExp(`^${PERSON}`));
  await panel.getByRole("textbox", { name: "Role" }).fill("Deputy head of the presidential office");
  await pick(panel, /^For the party/, "Ukraine", /^Ukraine/);
  await panel.getByRole("button", { name: "Save quote and role" }).click();
  await expect(panel.getByTestId("passage-done")).toContainText("The role is recorded");
  await page.keyboard.press("Escape");

  panel = await openPassagePanel(page, PASSAGES.seat);
  await backs(panel, "a delegation seat");
  await pick(panel, "Round", "E2E reader round", new RegExp(`^${ROUND}`));
  await pick(panel, "Delegation of", "Ukraine", /^Ukraine/);
  await pick(panel, "Person", "Passagechuk", new RegExp(`^${PERSON}`));
  await panel.getByLabel("Seat", { exact: true }).selectOption("HEAD");
  await panel.getByRole("button", { name: "Save quote and seat" }).click();
  await expect(panel.getByTestId("passage-done")).toContainText("The seat is recorded");
  // The seat started the party's delegation there (a draft): publishing it is offered with the quote.
  await expect(panel.getByRole("button", { name: "Publish the delegation and its quote" })).toBeVisible();

  const person = await graphql<{
    people: {
      edges: {
        node: {
          roles: { title: string; party: { name: string }; evidence: { quote: string } }[];
          delegationSeats: { edges: { node: { role: string; evidence: { quote: string } } }[] };
        };
      }[];
    };
  }>(
    admin,
    "query($text: String!) { people(first: 1, filter: { text: $text }) { edges { node { roles { title party { name } evidence { quote } } delegationSeats(first: 5) { edges { node { role evidence { quote } } } } } } } }",
    { text: PERSON },
  );
  expect(person.people.edges[0]?.node.roles).toEqual([
    { title: "Deputy head of the presidential office", party: { name: "Ukraine" }, evidence: { quote: PASSAGES.role } },
  ]);
  expect(person.people.edges[0]?.node.delegationSeats.edges.map((e) => e.node)).toEqual([{ role: "HEAD", evidence: { quote: PASSAGES.seat } }]);
  await context.close();
});

test("choosing a person's mention makes them the speaker of the passage", async ({ browser }) => {
  const context = await contextFor(browser, EDITOR);
  const page = await context.newPage();
  await page.goto("/articles/abu-dhabi-talks-resume");
  const kostyukov = page.getByTestId("mention-list").getByTestId("mention").filter({ hasText: "Igor Kostyukov" });
  const choose = kostyukov.getByRole("button", { name: "Make Igor Kostyukov the speaker of the passage you file" });
  await choose.click();
  await expect(choose).toHaveAttribute("aria-pressed", "true");
  const occurrence = await page.getByTestId("article-body").evaluate((root) => {
    const text = root.textContent ?? "";
    const at = text.indexOf("Kostjoekov");
    return text.slice(at, at + 40);
  });
  const panel = await openPassagePanel(page, occurrence);
  // The speaker field shows the chosen person (no search box left to fill).
  await expect(panel.getByTestId("picked-person")).toContainText("Igor Kostyukov");
  await expect(panel.getByRole("combobox", { name: /^Speaker/ })).toHaveCount(0);

  // The choice is in the URL: after a reload the panel starts with the person, by name.
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/[?&]speaker=/);
  await page.reload();
  await expect(choose).toHaveAttribute("aria-pressed", "true");
  const reopened = await openPassagePanel(page, occurrence);
  await expect(reopened.getByTestId("picked-person")).toContainText("Igor Kostyukov");
  await context.close();
});

test("a new position and its quote are published from the reader; anonymous callers see them", async ({ browser }) => {
  const context = await contextFor(browser, EDITOR);
  const page = await context.newPage();
  await openReader(page);
  const panel = await openPassagePanel(page, PASSAGES.position);
  await panel.getByLabel("Attribution").selectOption("ANONYMOUS_OFFICIAL");
  await pick(panel, "Party", "Ukraine", /^Ukraine/);
  await pick(panel, "Topic", "Donbas", /^Donbas/);
  await panel.getByRole("radio", { name: /^Rejects/ }).check();
  const summary = `E2E reader ${stamp}: no territory it still holds`;
  await panel.getByRole("textbox", { name: "Summary" }).fill(summary);
  await panel.getByRole("button", { name: "Save quote and position" }).click();

  await panel.getByRole("button", { name: "Publish the position and its quote" }).click();
  const confirm = page.getByRole("dialog", { name: "Publish the position and its quote?" });
  await expect(confirm.getByTestId("affected")).toContainText("the new position");
  await expect(confirm.getByTestId("affected")).toContainText("the quote from this article");
  await expect(confirm.getByRole("checkbox", { name: /Publish the article too/ })).toBeChecked();
  await expectAccessible(page, "publish confirmation");
  await confirm.getByRole("button", { name: "Publish" }).click();
  await expect(panel.getByTestId("passage-done")).toContainText("Published: readers can see it now.");

  // As a partner with no credentials, straight over HTTP.
  const seen = await graphql<{ positions: { edges: { node: { summary: string; quotes: { edges: { node: { quote: string; attribution: string } }[] } } }[] } }>(
    null,
    "query($text: String!) { positions(first: 1, filter: { text: $text }) { edges { node { summary quotes(first: 5) { edges { node { quote attribution } } } } } } }",
    { text: `E2E reader ${stamp}` },
  );
  expect(seen.positions.edges.map((e) => e.node)).toEqual([
    { summary, quotes: { edges: [{ node: { quote: PASSAGES.position, attribution: "ANONYMOUS_OFFICIAL" } }] } },
  ]);
  await context.close();
});
