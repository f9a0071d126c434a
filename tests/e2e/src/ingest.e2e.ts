// Ingesting: an editor pastes an article, lands in its reader, makes a passage (across a line break) the
// evidence of a new position and publishes both from the reader; anonymous API callers then see the position with its
// quote. A web page uploaded twice is reduced to its text and warned about the second time.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";

import { ADMIN, DASHBOARD_URL } from "./support/accounts.js";
import { openPassagePanel } from "./support/passage.js";
import { graphql, signInToApi } from "./support/api.js";

const EDITOR = { email: "ingest-editor@parley.test", password: "ingest-editor-password-1", name: "Ines Ingest" };

async function contextFor(browser: Browser, account: { email: string; password: string }): Promise<BrowserContext> {
  const context = await browser.newContext();
  const cookies = (await signInToApi(account.email, account.password)).split("; ").map((pair) => {
    const [name = "", ...value] = pair.split("=");
    return { name, value: value.join("="), url: DASHBOARD_URL };
  });
  await context.addCookies(cookies);
  return context;
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

/** Opens /articles/new and waits until React runs the form. */
async function openIngest(page: Page): Promise<void> {
  await page.goto("/articles/new");
  await expect(page.getByRole("heading", { level: 1, name: "New article" })).toBeVisible();
  await page.locator("form[data-ready]").waitFor();
}

test.beforeAll(async () => {
  const admin = await signInToApi(ADMIN.email, ADMIN.password);
  const users = await graphql<{ users: { email: string }[] }>(admin, "{ users { email } }");
  if (!users.users.some((u) => u.email === EDITOR.email)) {
    await graphql(
      admin,
      "mutation($email: String!, $name: String!, $password: String!, $role: Role!) { createUser(email: $email, name: $name, password: $password, role: $role) { id } }",
      { ...EDITOR, role: "EDITOR" },
    );
  }
});

const stamp = Date.now();
const TITLE = `E2E ingest: Kyiv answers in Geneva ${stamp}`;
const BODY = [
  `Geneva, ${stamp}. The Ukrainian delegation answered the latest proposal on Tuesday.`,
  "“We will not withdraw from the Donbas,” a senior Ukrainian official said.\nTalks continue next week in Geneva.",
  "Russian envoys did not comment on the answer; the next round has no date yet.",
].join("\n\n");

test("paste an article, make a passage the evidence of a new position, publish both; anonymous callers see it", async ({ browser }) => {
  const context = await contextFor(browser, EDITOR);
  const page = await context.newPage();
  await openIngest(page);
  await expectNoSeriousAxeViolations(page, "ingest form");

  // Nothing typed: the form says what is missing, on the fields.
  await page.getByRole("button", { name: "Check and store" }).click();
  await expect(page.getByText("Paste the text or upload a file.")).toBeVisible();
  await expect(page.getByText("Give the title.")).toBeVisible();

  await page.getByLabel("Article text").fill(BODY);
  await page.getByLabel("Title").fill(TITLE);
  await page.getByLabel("Language of the text").selectOption("en");
  await page.getByLabel("Or a new outlet, by name").fill(`E2E Wire ${stamp}`);
  await page.getByLabel("How precise").selectOption("DAY");
  await page.getByLabel("Day").fill("10");
  await page.getByLabel("Month", { exact: true }).selectOption("2");
  await page.getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Check and store" }).click();

  // The reader of the new article.
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const slug = new URL(page.url()).pathname.split("/").pop() ?? "";
  const body = page.getByTestId("article-body");
  await expect(body).toContainText("We will not withdraw");

  // A passage that runs across a line break: its offsets are the body's own.
  const exact = "We will not withdraw from the Donbas,” a senior Ukrainian official said.\nTalks continue";
  const start = BODY.indexOf(exact);
  const end = start + exact.length;
  const panel = await openPassagePanel(page, exact, start);
  await expect(panel).toContainText(`Characters ${start} to ${end}`);
  await expect(panel.getByTestId("passage-quote").locator("mark")).toHaveText(exact);
  // Focus is inside the panel, so the keyboard can carry on.
  await expect.poll(() => panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
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
  await panel.getByRole("textbox", { name: "Summary" }).fill(`E2E ingest ${stamp}: will not withdraw from the Donbas`);
  await panel.getByRole("button", { name: "Save quote and position" }).click();
  // Publish both (and the draft article) without leaving the reader.
  const open = panel.getByRole("link", { name: "Open the position" });
  const positionId = decodeURIComponent((await open.getAttribute("href"))?.split("/").pop() ?? "");
  await panel.getByRole("button", { name: "Publish the position and its quote" }).click();
  const dialog = page.getByRole("dialog", { name: "Publish the position and its quote?" });
  await expect(dialog.getByRole("checkbox", { name: /Publish the article too/ })).toBeChecked();
  await dialog.getByRole("button", { name: "Publish" }).click();
  await expect(panel.getByTestId("passage-done")).toContainText("Published");
  await open.click();
  await expect(page.getByRole("heading", { level: 1, name: `E2E ingest ${stamp}: will not withdraw from the Donbas` })).toBeVisible();
  await expect(page.getByTestId("record-meta")).toContainText("Published");
  const article = await graphql<{ article: { status: string } | null }>(null, "query($slug: String!) { article(slug: $slug) { status } }", { slug });
  expect(article.article?.status).toBe("PUBLISHED");

  const seen = await graphql<{
    node: { summary: string; quotes: { edges: { node: { quote: string; attribution: string; selector: { exact: string; prefix: string } } }[] } } | null;
  }>(
    null,
    "query($id: ID!) { node(id: $id) { ... on Position { summary quotes(first: 5) { edges { node { quote attribution selector { exact prefix } } } } } } }",
    {
      id: positionId,
    },
  );
  expect(seen.node?.summary).toBe(`E2E ingest ${stamp}: will not withdraw from the Donbas`);
  expect(seen.node?.quotes.edges.map((e) => e.node)).toEqual([
    { quote: exact, attribution: "ANONYMOUS_OFFICIAL", selector: { exact, prefix: BODY.slice(Math.max(0, start - 32), start) } },
  ]);
  await context.close();
});

const PAGE_HTML = `<!doctype html><html lang="en"><head><title>E2E upload ${stamp} | Example Times</title>
<meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2026-02-11T08:00:00Z">
<script>var ad = "<p>advert</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>E2E upload ${stamp}</h1>
<p>Negotiators from Kyiv and Moscow met again in Abu Dhabi on Wednesday, ${stamp}, for a third day of talks on prisoners and energy.</p>
<p>Both delegations called the talks constructive. A further meeting is expected before the end of the month, officials said.</p>
<p>No agreement on territory was reached; the question was not on the agenda, according to two people familiar with the talks.</p>
</article><footer>Privacy · Terms</footer></body></html>`;

async function upload(page: Page): Promise<void> {
  await page.getByLabel("Upload a file").setInputFiles({ name: "talks.html", mimeType: "text/html", buffer: Buffer.from(PAGE_HTML) });
  await expect(page.getByText(/Read talks\.html/)).toBeVisible();
}

test("an uploaded web page becomes clean text; uploading it again warns of the duplicate", async ({ browser }) => {
  const context = await contextFor(browser, EDITOR);
  const page = await context.newPage();
  await openIngest(page);
  await upload(page);
  const text = page.getByLabel("Article text");
  await expect(text).toHaveValue(/Negotiators from Kyiv and Moscow met again in Abu Dhabi.*\n\nBoth delegations called the talks constructive\./);
  await expect(text).not.toHaveValue(/advert|Privacy|World|</);
  await expect(page.getByLabel("Title")).toHaveValue(new RegExp(`E2E upload ${stamp}`));
  await expect(page.getByLabel("Language of the text")).toHaveValue("en");
  await expect(page.getByLabel("Or a new outlet, by name")).toHaveValue("Example Times");
  await page.getByRole("button", { name: "Check and store" }).click();
  await expect(page.getByTestId("article-body")).toContainText("Negotiators from Kyiv and Moscow");

  await openIngest(page);
  await upload(page);
  await page.getByRole("button", { name: "Check and store" }).click();
  const warning = page.getByTestId("duplicate-warning");
  await expect(warning).toBeVisible();
  await expect(warning).toBeFocused();
  await expect(warning).toContainText("same title");
  await expect(warning).toContainText("text 100% similar");
  await expect(warning.getByRole("link", { name: new RegExp(`E2E upload ${stamp}`) })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "duplicate warning");
  // Storing deliberately is still possible.
  await warning.getByRole("button", { name: "Store anyway" }).click();
  await expect(page.getByTestId("article-body")).toContainText("Negotiators from Kyiv and Moscow");
  await context.close();
});
