// Editors curate the catalog: a party created with an alias and edited, an API field error on its field,
// a missing person created from a picker inside another form, delete with confirmation and restore, and
// an axe check of every catalog form and dialog. Every record written here is the test's own (created
// with a unique name), so the seeded corpus other suites read stays as it is.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";

import { ADMIN, DASHBOARD_URL } from "./support/accounts.js";
import { graphql, signInToApi } from "./support/api.js";

const EDITOR = { email: "catalog-editor@parley.test", password: "catalog-editor-password-1", name: "Cata Editor" };
const RUN = Date.now().toString(36);

let admin = "";

test.beforeAll(async () => {
  admin = await signInToApi(ADMIN.email, ADMIN.password);
  const users = await graphql<{ users: { email: string }[] }>(admin, "{ users { email } }");
  if (!users.users.some((u) => u.email === EDITOR.email)) {
    await graphql(
      admin,
      "mutation($email: String!, $name: String!, $password: String!) { createUser(email: $email, name: $name, password: $password, role: EDITOR) { id } }",
      EDITOR,
    );
  }
});

async function editorContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  const cookies = (await signInToApi(EDITOR.email, EDITOR.password)).split("; ").map((pair) => {
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

/** Clicks a button that opens a dialog, again until the page is hydrated and the dialog shows. */
async function openDialog(page: Page, button: Locator): Promise<Locator> {
  const dialog = page.getByRole("dialog");
  await expect(async () => {
    if (!(await dialog.isVisible())) await button.click();
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass();
  return dialog;
}

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

test("an editor creates a party with an alias, edits it, and sees the API's refusal on the field", async ({ browser }) => {
  const context = await editorContext(browser);
  const page = await context.newPage();
  const name = `E2E Ruritania ${RUN}`;
  const slug = `e2e-ruritania-${RUN}`;

  await page.goto("/parties");
  await page.getByRole("link", { name: "New party" }).click();
  await page.locator("form[data-ready]").waitFor();
  await expect(page.getByRole("heading", { level: 1, name: "New party" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(name);
  // The identifier follows the name until the editor types one.
  await expect(page.getByLabel("Identifier (in web addresses)")).toHaveValue(slug);
  await page.getByLabel("Kind").selectOption("OTHER");
  const aliasInput = page.getByLabel("Add a name or spelling");
  await aliasInput.fill(`Roeritanië ${RUN}`);
  await aliasInput.press("Enter");
  // Enter added the alias, it did not submit the form.
  await expect(page).toHaveURL(/\/parties\/new$/);
  await expect(page.getByTestId("alias-chip")).toHaveText([`Roeritanië ${RUN}`]);
  // The record's own name is among its aliases and offers no remove button.
  await expect(page.getByTestId("alias-own")).toContainText(name);
  await expect(page.getByTestId("alias-own").getByRole("button")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, "new party form");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/parties/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(`Roeritanië ${RUN}`)).toBeVisible();

  // Edit: a short name (which joins the locked names), a second alias, the first one removed.
  await page.getByTestId("record-actions").getByRole("link", { name: "Edit" }).click();
  await page.locator("form[data-ready]").waitFor();
  await page.getByLabel(/Short name/).fill(`RUR${RUN}`);
  await expect(page.getByTestId("alias-own")).toHaveCount(2);
  await page.getByLabel("Add a name or spelling").fill(`Ruritanien ${RUN}`);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.getByRole("button", { name: `Remove the spelling “Roeritanië ${RUN}”` }).click();
  await expectNoSeriousAxeViolations(page, "edit party form");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/parties/${slug}$`));
  await expect(page.getByText(`Ruritanien ${RUN}`)).toBeVisible();
  await expect(page.getByText(`Roeritanië ${RUN}`)).toHaveCount(0);
  const saved = await graphql<{ party: { shortName: string; aliases: { name: string }[] } }>(
    admin,
    "query($slug: String!) { party(slug: $slug) { shortName aliases { name } } }",
    { slug },
  );
  expect(saved.party.shortName).toBe(`RUR${RUN}`);
  expect(saved.party.aliases.map((a) => a.name).sort()).toEqual([name, `RUR${RUN}`, `Ruritanien ${RUN}`].sort());

  // A taken identifier: the API refuses, and its words land on that field.
  await page.getByTestId("record-actions").getByRole("link", { name: "Edit" }).click();
  await page.locator("form[data-ready]").waitFor();
  const slugInput = page.getByLabel("Identifier (in web addresses)");
  await slugInput.fill("russia");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#slug-error")).toContainText("already taken");
  await expect(slugInput).toHaveAttribute("aria-invalid", "true");
  await expect(slugInput).toBeFocused();
  await expectNoSeriousAxeViolations(page, "party form with an API error");
  await context.close();
});

test("a missing person is created from a picker inside another form, without leaving it", async ({ browser }) => {
  const seed = await graphql<{
    parties: { edges: { node: { id: string } }[] };
    topics: { edges: { node: { id: string } }[] };
    evidence: { edges: { node: { id: string } }[] };
  }>(admin, "{ parties(first: 1) { edges { node { id } } } topics(first: 1) { edges { node { id } } } evidence(first: 1) { edges { node { id } } } }");
  const position = await graphql<{ createPosition: { id: string } }>(admin, "mutation($input: PositionInput!) { createPosition(input: $input) { id } }", {
    input: {
      party: seed.parties.edges[0]?.node.id,
      topic: seed.topics.edges[0]?.node.id,
      evidence: [seed.evidence.edges[0]?.node.id],
      stance: "OPEN_TO",
      summary: `E2E position for a new speaker ${RUN}`,
      stated: { on: null, precision: "UNKNOWN" },
    },
  });
  const context = await editorContext(browser);
  const page = await context.newPage();
  const href = `/positions/${encodeURIComponent(position.createPosition.id)}`;
  await openForm(page, `${href}/edit`);
  const person = `E2E Speaker ${RUN}`;
  await page.getByLabel(/Speaker/).fill(person);
  await page.getByRole("option", { name: `Create “${person}” as a new person…` }).click();
  const dialog = page.getByRole("dialog", { name: "New person" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Name", { exact: true })).toHaveValue(person);
  await expect(dialog.getByLabel("Identifier (in web addresses)")).toHaveValue(`e2e-speaker-${RUN}`);
  await expectNoSeriousAxeViolations(page, "create-from-picker dialog");
  // Enter submits the dialog's own form (not the position form around it).
  await dialog.getByLabel("Name", { exact: true }).press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/edit$`));
  await expect(page.getByTestId("picked-person")).toContainText(person);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("link", { name: person })).toBeVisible();
  const created = await graphql<{ person: { name: string; status: string } | null }>(admin, "query($slug: String!) { person(slug: $slug) { name status } }", {
    slug: `e2e-speaker-${RUN}`,
  });
  expect(created.person).toEqual({ name: person, status: "DRAFT" });
  await context.close();
});

test("deleting a party asks first, says what is linked to it, and it can be restored", async ({ browser }) => {
  const slug = `e2e-deletable-${RUN}`;
  const party = await graphql<{ createParty: { id: string } }>(admin, "mutation($input: PartyInput!) { createParty(input: $input) { id } }", {
    input: { name: `E2E Deletable ${RUN}`, slug, kind: "OTHER" },
  });
  const context = await editorContext(browser);
  const page = await context.newPage();
  await page.goto(`/parties/${slug}`);
  const actions = page.getByTestId("record-actions");

  const publish = await openDialog(page, actions.getByRole("button", { name: "Publish" }));
  await expect(publish.getByRole("heading", { name: "Publish this party?" })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "publish dialog");
  await publish.getByRole("button", { name: "Cancel" }).click();
  await expect(publish).toBeHidden();

  const confirm = await openDialog(page, actions.getByRole("button", { name: "Delete" }));
  await expect(confirm.getByRole("heading", { name: "Delete this party?" })).toBeVisible();
  await expect(confirm).toContainText("No other records are linked to it.");
  await expectNoSeriousAxeViolations(page, "delete dialog");
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/history\//);
  // A deleted record is invisible to `node`, for staff too.
  const deleted = await graphql<{ node: { id: string } | null }>(admin, "query($id: ID!) { node(id: $id) { id } }", { id: party.createParty.id });
  expect(deleted.node).toBeNull();

  const restore = await openDialog(page, page.getByRole("button", { name: "Restore" }));
  await restore.getByRole("button", { name: "Restore" }).click();
  await expect(page).toHaveURL(new RegExp(`/parties/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: `E2E Deletable ${RUN}` })).toBeVisible();

  // A seeded party's delete dialog names what is linked to it (and is cancelled here).
  await page.goto("/parties/russia");
  const linked = await openDialog(page, page.getByTestId("record-actions").getByRole("button", { name: "Delete" }));
  await expect(linked.getByTestId("affected")).toContainText(/\d+ positions/);
  await linked.getByRole("button", { name: "Cancel" }).click();
  await context.close();
});

test("every catalog form passes an axe check", async ({ browser }) => {
  // Eight forms and three states, each loaded and checked: more than one test's usual minute.
  test.setTimeout(180_000);
  const context = await editorContext(browser);
  const page = await context.newPage();
  const seed = await graphql<{ rounds: { edges: { node: { slug: string } }[] }; articles: { edges: { node: { slug: string } }[] } }>(
    admin,
    "{ rounds(first: 1) { edges { node { slug } } } articles(first: 1) { edges { node { slug } } } }",
  );
  const round = seed.rounds.edges[0]?.node.slug ?? "";
  const article = seed.articles.edges[0]?.node.slug ?? "";
  for (const [href, heading] of [
    ["/outlets/new", "New outlet"],
    ["/processes/new", "New process"],
    ["/topics/new", "New topic"],
    ["/people/new", "New person"],
    [`/delegations/new?round=${round}`, "New delegation"],
    ["/parties/russia/edit", "Edit party"],
    ["/people/igor-kostyukov/edit", "Edit person"],
    [`/articles/${article}/edit`, "Edit article details"],
  ] as const) {
    await openForm(page, href);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoSeriousAxeViolations(page, heading);
  }
  // The person form with a role row open, and the delegation form with a seat.
  await openForm(page, "/people/new");
  await page.getByRole("button", { name: "Add a role" }).click();
  await expect(page.getByTestId("role-row")).toHaveCount(1);
  await expectNoSeriousAxeViolations(page, "person form with a role");
  await openForm(page, `/delegations/new?round=${round}`);
  await page.getByLabel("Add a seat").fill("Kostyukov");
  await page
    .getByRole("option", { name: /Kostyukov/ })
    .first()
    .click();
  await expect(page.getByTestId("seat-row")).toHaveCount(1);
  await expectNoSeriousAxeViolations(page, "delegation form with a seat");
  // Client-side rules speak in words, on the field.
  await openForm(page, "/outlets/new");
  await page.getByLabel("Name", { exact: true }).fill("E2E outlet");
  await page.getByLabel(/Web address/).fill("not a url");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#url-error")).toHaveText("Give a full web address starting with http:// or https://.");
  await expectNoSeriousAxeViolations(page, "outlet form with an error");
  await context.close();
});
