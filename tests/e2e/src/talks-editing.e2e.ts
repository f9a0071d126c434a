// Editors curate the talks: a new demand (an API refusal landing on its field) and a status change
// confirmed before it is applied; a round's date report corrected on the round's page and the round
// form; a new proposal with a version and a point. Every record is created by the test itself, so the
// seeded corpus other suites read stays as it is; axe checks every form and dialog on the way.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";

import { ADMIN, DASHBOARD_URL } from "./support/accounts.js";
import { graphql, signInToApi } from "./support/api.js";

// Each test walks through several forms and dialogs (with axe on each): more than the default minute.
test.describe.configure({ timeout: 180_000 });

const EDITOR = { email: "talks-editor@parley.test", password: "talks-editor-password-1", name: "Tala Editor" };
const RUN = Date.now().toString(36);

let admin = "";
/** A seeded quote and a few of its words (what an editor types into the quote picker). */
let quote = { id: "", words: "" };

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
  const seed = await graphql<{ evidence: { edges: { node: { id: string; quote: string } }[] } }>(
    admin,
    "{ evidence(first: 20) { edges { node { id quote } } } }",
  );
  const found = seed.evidence.edges.map((e) => e.node).find((q) => q.quote.split(/\s+/).length >= 6);
  if (!found) throw new Error("the seed has no quote of six words or more");
  quote = { id: found.id, words: found.quote.split(/\s+/).slice(0, 5).join(" ") };
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
async function openForm(page: Page, href: string): Promise<Locator> {
  await page.goto(href);
  const form = page.locator("form[data-ready]");
  await form.waitFor();
  return form;
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

/** Types into a picker and picks the first option that matches. */
async function pick(scope: Page | Locator, combobox: Locator, text: string, option: RegExp): Promise<void> {
  await combobox.fill(text);
  await scope.locator("ul[role=listbox]").getByRole("option", { name: option }).first().click();
}

/** Picks the seeded quote by words of it (the picker searches its article, then its quotes). */
async function pickQuote(scope: Page | Locator, combobox: Locator): Promise<void> {
  await pick(scope, combobox, quote.words, new RegExp(quote.words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
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

test("an editor creates a demand (the API's refusal lands on its field) and records a status change, confirmed first", async ({ browser }) => {
  const context = await editorContext(browser);
  const page = await context.newPage();
  await page.goto("/demands");
  await page.getByRole("link", { name: "New demand" }).click();
  const form = page.locator("form[data-ready]");
  await form.waitFor();
  await expect(page.getByRole("heading", { level: 1, name: "New demand" })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "new demand form");

  const summary = `E2E demand ${RUN}: a ceasefire line frozen where it stands`;
  await page.getByLabel("What is demanded").fill(summary);
  await expect(page.getByLabel("Slug")).toHaveValue(/^e2e-demand-/);
  await pick(page, page.getByRole("combobox", { name: "Demanding party" }), "Russia", /Russia/);
  // The same party as the one demanded of: only the API knows this rule, and its refusal names the field.
  await pick(page, page.getByRole("combobox", { name: /Demanded of/ }), "Russia", /Russia/);
  await pick(page, page.getByRole("combobox", { name: "Topic" }), "Donbas", /Donbas/);
  await page.getByLabel("How precise").selectOption("DAY");
  await page.getByLabel("Day").fill("12");
  await page.getByLabel("Month", { exact: true }).selectOption("3");
  await page.getByLabel("Year").fill("2026");
  await pickQuote(page, page.getByRole("combobox", { name: /Add a quote/ }));
  await expect(page.getByTestId("quote-picker-list").getByRole("listitem")).toHaveCount(1);
  await page.getByRole("button", { name: "Create demand" }).click();
  const toError = page.locator("#to-picker-error");
  await expect(toError).toContainText("cannot make a demand of itself");
  await expect(page.locator("#to-picker")).toHaveAttribute("aria-describedby", "to-picker-error");
  await expectNoSeriousAxeViolations(page, "demand form with an API error");

  await page.locator("#to-picker").click();
  await pick(page, page.getByRole("combobox", { name: /Demanded of/ }), "Ukraine", /Ukraine/);
  await page.getByRole("button", { name: "Create demand" }).click();
  await expect(page).toHaveURL(/\/demands\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: summary })).toBeVisible();
  const demandId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");

  // A status change: the form, then a confirmation that says what it does, then the history.
  const dialog = await openDialog(page, page.getByRole("button", { name: "Record a status change" }));
  await expectNoSeriousAxeViolations(page, "status change dialog");
  await dialog.getByLabel("New status").selectOption("REJECTED");
  await dialog.getByLabel("Day").fill("20");
  await dialog.getByLabel("Month", { exact: true }).selectOption("3");
  await dialog.getByLabel("Year").fill("2026");
  await dialog.getByRole("button", { name: "Review the change" }).click();
  const confirm = dialog.getByTestId("status-confirm");
  await expect(confirm).toContainText("Open → Rejected");
  await expect(confirm).toContainText("20 March 2026");
  await expectNoSeriousAxeViolations(page, "status change confirmation");
  // Nothing is applied before the confirmation.
  const before = await graphql<{ node: { demandStatus: string } }>(admin, "query($id: ID!) { node(id: $id) { ... on Demand { demandStatus } } }", {
    id: demandId,
  });
  expect(before.node.demandStatus).toBe("OPEN");
  await confirm.getByRole("button", { name: "Record the change" }).click();
  await expect(dialog).toBeHidden();
  const history = page.getByTestId("status-history").getByRole("listitem");
  await expect(history).toHaveCount(2);
  await expect(page.getByTestId("status-history")).toContainText("Rejected");
  const after = await graphql<{ node: { demandStatus: string; history: { demandStatus: string }[]; toParty: { name: string } } }>(
    admin,
    "query($id: ID!) { node(id: $id) { ... on Demand { demandStatus history { demandStatus } toParty { name } } } }",
    { id: demandId },
  );
  expect(after.node.demandStatus).toBe("REJECTED");
  expect(after.node.history.map((h) => h.demandStatus)).toEqual(["OPEN", "REJECTED"]);
  expect(after.node.toParty.name).toBe("Ukraine");

  // The edit form opens from the demand's page, with what was saved.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.locator("form[data-ready]").waitFor();
  await expect(page.getByLabel("What is demanded")).toHaveValue(summary);
  await expectNoSeriousAxeViolations(page, "demand edit form");
  await context.close();
});

test("an editor corrects a round's date report on the round's page and edits the round", async ({ browser }) => {
  const slug = `e2e-round-${RUN}`;
  const created = await graphql<{ createRound: { id: string; version: number } }>(
    admin,
    "mutation($input: RoundInput!) { createRound(input: $input) { id version } }",
    { input: { slug, title: `E2E round ${RUN}`, format: "MULTILATERAL", roundStatus: "HELD", start: { on: "2026-03-10", precision: "DAY" } } },
  );
  await graphql(
    admin,
    "mutation($round: ID!, $version: Int!, $input: RoundDateReportInput!) { createRoundDateReport(round: $round, version: $version, input: $input) { id } }",
    {
      round: created.createRound.id,
      version: created.createRound.version,
      input: { kind: "HELD", start: { on: "2026-03-10", precision: "DAY" }, evidence: quote.id },
    },
  );
  const context = await editorContext(browser);
  const page = await context.newPage();
  await page.goto(`/rounds/${slug}`);
  const dates = page.locator("#dates");
  await expect(dates).toContainText("10 March 2026");

  const dialog = await openDialog(page, dates.getByRole("button", { name: /^Correct/ }));
  await expect(dialog.getByRole("heading", { name: "Correct this date report" })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "date report dialog");
  await dialog.locator("#report-start-day").fill("11");
  await dialog.getByLabel("Editors' note").fill("E2E: the second source gives the 11th");
  await dialog.getByRole("button", { name: "Save the correction" }).click();
  await expect(dialog).toBeHidden();
  await expect(dates).toContainText("11 March 2026");
  await expect(dates).toContainText("E2E: the second source gives the 11th");
  const saved = await graphql<{ round: { version: number; dateReports: { start: { on: string }; note: string | null }[] } }>(
    admin,
    "query($slug: String!) { round(slug: $slug) { version dateReports { start { on } note } } }",
    { slug },
  );
  expect(saved.round.dateReports).toEqual([{ start: { on: "2026-03-11" }, note: "E2E: the second source gives the 11th" }]);

  // An end before the start: the API's refusal lands on the end date.
  const addDialog = await openDialog(page, dates.getByRole("button", { name: "Add a date report" }));
  await addDialog.locator("#report-start-day").fill("15");
  await addDialog.locator("#report-start-month").selectOption("3");
  await addDialog.locator("#report-start-year").fill("2026");
  await addDialog.locator("#report-end-precision").selectOption("DAY");
  await addDialog.locator("#report-end-day").fill("2");
  await addDialog.locator("#report-end-month").selectOption("3");
  await addDialog.locator("#report-end-year").fill("2026");
  await pickQuote(addDialog, addDialog.getByRole("combobox", { name: "Quote giving the date" }));
  await addDialog.getByRole("button", { name: "Add a date report" }).click();
  await expect(addDialog.getByTestId("report-end-date")).toContainText("the end comes before the start");
  await page.keyboard.press("Escape");
  await expect(addDialog).toBeHidden();

  // A quote behind one of the round's facts, and the delete confirmation that says what else it touches.
  const factDialog = await openDialog(page, page.getByRole("button", { name: "Add a quote to a fact" }));
  await expectNoSeriousAxeViolations(page, "round fact dialog");
  await factDialog.getByLabel("Fact").selectOption("VENUE");
  await pickQuote(factDialog, factDialog.getByRole("combobox", { name: "Quote" }));
  await factDialog.getByRole("button", { name: "Add the quote" }).click();
  await expect(factDialog).toBeHidden();
  await expect(page.locator("#facts")).toContainText("Venue");
  const facts = await graphql<{ round: { evidence: { aspect: string; evidence: { id: string } }[] } }>(
    admin,
    "query($slug: String!) { round(slug: $slug) { evidence { aspect evidence { id } } } }",
    { slug },
  );
  expect(facts.round.evidence).toEqual([{ aspect: "VENUE", evidence: { id: quote.id } }]);
  const deleteDialog = await openDialog(page, page.getByTestId("record-actions").getByRole("button", { name: "Delete" }));
  await expect(deleteDialog).toContainText("Linked to it");
  await expectNoSeriousAxeViolations(page, "round delete confirmation");
  await deleteDialog.getByRole("button", { name: "Cancel" }).click();
  await expect(deleteDialog).toBeHidden();

  // The round form, from the round's page.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.locator("form[data-ready]").waitFor();
  await expect(page.getByRole("heading", { level: 1, name: "Edit round" })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "round form");
  await page.getByLabel(/Venue/).fill("E2E Palace");
  await pick(page, page.getByRole("combobox", { name: /Add a party/ }), "Ukraine", /Ukraine/);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/rounds/${slug}$`));
  await expect(page.locator("#details")).toContainText("E2E Palace");
  await expect(page.locator("#details")).toContainText("Ukraine");

  await openForm(page, "/rounds/new");
  await expectNoSeriousAxeViolations(page, "new round form");
  await context.close();
});

test("an editor creates a proposal with a version and a point, and adds a quote behind it", async ({ browser }) => {
  const context = await editorContext(browser);
  const page = await context.newPage();
  await page.goto("/proposals");
  await page.getByRole("link", { name: "New proposal" }).click();
  await page.locator("form[data-ready]").waitFor();
  const title = `E2E plan ${RUN}`;
  await page.getByLabel("Title").fill(title);
  await pick(page, page.getByRole("combobox", { name: /Author/ }), "Ukraine", /Ukraine/);
  await page.getByRole("button", { name: "Add a version" }).click();
  const version = page.getByTestId("proposal-version-0");
  await version.getByLabel("Name").fill("E2E first draft");
  await version.getByLabel("Day").fill("5");
  await version.getByLabel("Month", { exact: true }).selectOption("4");
  await version.getByLabel("Year").fill("2026");
  await version.getByRole("button", { name: "Add a point" }).click();
  // An empty point is refused on its own field, in words.
  await page.getByRole("button", { name: "Create proposal" }).click();
  await expect(version.getByTestId("version-0-point-0")).toContainText("Write the point's text.");
  await expectNoSeriousAxeViolations(page, "new proposal form");
  await version.getByLabel("Text of the point").fill("E2E point: an exchange of all prisoners");
  await pick(version, version.getByRole("combobox", { name: /Topic/ }), "Donbas", /Donbas/);
  await page.getByRole("button", { name: "Create proposal" }).click();
  await expect(page).toHaveURL(/\/proposals\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("E2E point: an exchange of all prisoners")).toBeVisible();
  const proposalId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
  const saved = await graphql<{
    node: { authorParty: { name: string }; versions: { label: string; presented: { on: string }; points: { number: number; text: string }[] }[] };
  }>(admin, "query($id: ID!) { node(id: $id) { ... on Proposal { authorParty { name } versions { label presented { on } points { number text } } } } }", {
    id: proposalId,
  });
  expect(saved.node).toEqual({
    authorParty: { name: "Ukraine" },
    versions: [{ label: "E2E first draft", presented: { on: "2026-04-05" }, points: [{ number: 1, text: "E2E point: an exchange of all prisoners" }] }],
  });

  // A quote behind the proposal, from its page.
  await pickQuote(page, page.getByRole("combobox", { name: /Add a quote about this proposal/ }));
  await page.getByRole("button", { name: "Add the quote" }).click();
  await expect(page.locator("#quotes").getByRole("button", { name: /^Remove/ })).toHaveCount(1);
  // The picker's own "Remove" (clear) button can be there before the save lands: wait for the API.
  const quotesBehind = async () =>
    (
      await graphql<{ node: { evidence: { id: string }[] } }>(admin, "query($id: ID!) { node(id: $id) { ... on Proposal { evidence { id } } } }", {
        id: proposalId,
      })
    ).node.evidence.map((e) => e.id);
  await expect.poll(quotesBehind).toEqual([quote.id]);
  await expectNoSeriousAxeViolations(page, "proposal quotes");

  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.locator("form[data-ready]").waitFor();
  await expect(page.getByTestId("proposal-version-0").getByLabel("Text of the point")).toHaveValue("E2E point: an exchange of all prisoners");
  await expectNoSeriousAxeViolations(page, "proposal edit form");
  await context.close();
});
