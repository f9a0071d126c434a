// Editors correct what is said about a quote — attribution, speaker, translation, note — without
// touching its span; a bad value is refused on its field; the quote is published from its own page
// with the records it backs named. The quote is the test's own (marked on a seed article through the
// API and deleted again), so the corpus other suites read stays as it is.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

import { ADMIN, DASHBOARD_URL } from "./support/accounts.js";
import { graphql, signInToApi } from "./support/api.js";

interface QuoteState {
  node: {
    status: string;
    attribution: string;
    translation: string | null;
    translationLanguage: string | null;
    note: string | null;
    speaker: { name: string } | null;
  } | null;
}

const QUOTE_STATE = "query($id: ID!) { node(id: $id) { ... on Evidence { status attribution translation translationLanguage note speaker { name } } } }";

let admin = "";
let quoteId = "";

test.beforeAll(async () => {
  admin = await signInToApi(ADMIN.email, ADMIN.password);
  // A published article (read anonymously: other suites leave draft articles an administrator would see first).
  const seed = await graphql<{ articles: { edges: { node: { id: string; body: string } }[] } }>(null, "{ articles(first: 1) { edges { node { id body } } } }");
  const article = seed.articles.edges[0]?.node;
  if (!article) throw new Error("the seed has no article");
  const words = article.body.split(/\s+/).slice(0, 6).join(" ");
  const created = await graphql<{ createEvidence: { id: string } }>(admin, "mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }", {
    input: { article: article.id, text: words, attribution: "ON_RECORD" },
  });
  quoteId = created.createEvidence.id;
});

test.afterAll(async () => {
  const now = await graphql<{ node: { version: number } | null }>(admin, "query($id: ID!) { node(id: $id) { ... on Evidence { version } } }", { id: quoteId });
  if (now.node)
    await graphql(admin, "mutation($id: ID!, $v: Int!) { changeState(id: $id, version: $v, change: DELETE) { id } }", { id: quoteId, v: now.node.version });
});

test("an editor corrects a quote's attribution, speaker and translation, then publishes it", async ({ browser }) => {
  const context = await browser.newContext();
  const cookies = admin.split("; ").map((pair) => {
    const [name = "", ...value] = pair.split("=");
    return { name, value: value.join("="), url: DASHBOARD_URL };
  });
  await context.addCookies(cookies);
  const page = await context.newPage();
  const href = `/evidence/${encodeURIComponent(quoteId)}`;

  await page.goto(href);
  await page.getByTestId("record-actions").getByRole("link", { name: "Edit" }).click();
  await page.locator("form[data-ready]").waitFor();
  await expect(page.getByRole("heading", { level: 1, name: "Edit quote" })).toBeVisible();

  // A language tag that is not one: refused on its field, in words, and nothing is saved.
  await page.getByLabel(/^Translation \(optional\)/).fill("E2E: a translation of the opening words.");
  const language = page.getByLabel(/Translation language/);
  await language.fill("not a tag!");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(language).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#translationLanguage-error")).not.toBeEmpty();
  expect((await graphql<QuoteState>(admin, QUOTE_STATE, { id: quoteId })).node?.translation).toBeNull();

  const { violations } = await new AxeBuilder({ page }).include("main").analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await language.fill("en");
  await page.getByLabel("Attribution").selectOption("ANONYMOUS_OFFICIAL");
  await page.getByLabel(/^Speaker/).fill("Kostjoekov");
  await page
    .getByRole("option", { name: /Kostyukov/ })
    .first()
    .click();
  await page.getByLabel(/^Note/).fill("E2E: checked against the outlet's own site.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));

  const saved = (await graphql<QuoteState>(admin, QUOTE_STATE, { id: quoteId })).node;
  expect(saved).toMatchObject({
    status: "DRAFT",
    attribution: "ANONYMOUS_OFFICIAL",
    translation: "E2E: a translation of the opening words.",
    translationLanguage: "en",
    note: "E2E: checked against the outlet's own site.",
    speaker: { name: "Igor Kostyukov" },
  });

  // Publishing asks first; then anonymous callers see the quote.
  const dialog = page.getByRole("dialog");
  const publish = page.getByTestId("record-actions").getByRole("button", { name: "Publish" });
  await expect(async () => {
    if (!(await dialog.isVisible())) await publish.click();
    await expect(dialog).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(dialog).toContainText("Publish this quote?");
  await dialog.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("record-meta")).toContainText("Published");
  const anonymous = await graphql<{ node: { attribution: string } | null }>(null, "query($id: ID!) { node(id: $id) { ... on Evidence { attribution } } }", {
    id: quoteId,
  });
  expect(anonymous.node?.attribution).toBe("ANONYMOUS_OFFICIAL");
  await context.close();
});
