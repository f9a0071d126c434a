// The pages that tell the story, on the seed corpus: a round's conflicting date reports side by side
// with their sources, a party's stance grid whose cells open their quotes, the positions a person
// voiced, the process timeline and the topic chart; axe on each story page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

const QUOTE_HREF = /^\/articles\/[^#]+#quote-.+/;
// The shared header's language button (see analysis.e2e.ts): the foundation's, excluded here too.
const LOCALE_SWITCH = 'header button[aria-label="Language"]';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).exclude(LOCALE_SWITCH).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("Abu Dhabi round 2 shows its conflicting date reports side by side, each with its source", async ({ page }) => {
  await page.goto("/rounds/abu-dhabi-2");
  await expect(page.getByTestId("dates-conflict")).toBeVisible();
  const reports = page.getByTestId("date-report");
  await expect(reports).toHaveCount(4);
  // An earlier article announced 1 February; the round was held from 4 February: both rows, one table.
  const table = page.getByTestId("date-reports");
  await expect(table.getByRole("row").filter({ hasText: "1 February 2026" })).toHaveCount(1);
  await expect(table.getByRole("row").filter({ hasText: "4 February 2026" }).first()).toBeVisible();
  for (const href of await table.getByTestId("quote-link").evaluateAll((els) => els.map((el) => el.getAttribute("href") ?? ""))) {
    expect(href).toMatch(QUOTE_HREF);
  }
  // Side by side: the two reports' rows share the table's columns (same left edge for the date cell).
  const lefts = await reports.evaluateAll((rows) => rows.map((r) => Math.round(r.children[1]?.getBoundingClientRect().left ?? -1)));
  expect(new Set(lefts).size).toBe(1);
  // The positions stated there, as a table.
  await expect(page.getByTestId("round-positions").getByTestId("statement-row").first()).toBeVisible();
});

test("Russia's stance grid has a cell per round it spoke at, and a cell opens its quote", async ({ page }) => {
  await page.goto("/parties/russia");
  const grid = page.getByTestId("stance-grid");
  await expect(grid).toBeVisible();
  const donbas = grid.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Donbas", exact: true }) });
  const cells = donbas.getByTestId("stance-grid-cell");
  expect(await cells.count()).toBeGreaterThanOrEqual(2);
  // The topic opens its timeline for the party.
  expect(await donbas.getByRole("rowheader").getByRole("link").getAttribute("href")).toBe("/analysis/timeline?parties=russia&topic=donbas");
  const href = (await cells.last().getAttribute("href")) ?? "";
  expect(href).toMatch(QUOTE_HREF);
  await cells.last().click();
  await expect(page).toHaveURL(/\/articles\/[^#]+#quote-/);
  // The reader opens at the passage: its anchor is there and the quote is marked in the text.
  const evidenceId = decodeURIComponent(href.split("#quote-")[1] ?? "");
  await expect(page.locator(`[id="quote-${evidenceId}"]`)).toBeAttached();
  await expect(page.locator(`[data-quote="${evidenceId}"]`).first()).toBeVisible();
});

test("the party grid's export has exactly the cells on screen", async ({ page, request }) => {
  await page.goto("/parties/russia?topic=territory");
  const onScreen = await page.getByTestId("stance-grid-cell").count();
  expect(onScreen).toBeGreaterThan(0);
  const csvHref = await page.getByTestId("export-csv").getAttribute("href");
  expect(csvHref).toContain("topic=territory");
  const response = await request.get(csvHref ?? "");
  expect(response.ok()).toBe(true);
  const rows: Record<string, string>[] = parse(await response.text(), { columns: true });
  expect(rows).toHaveLength(onScreen);
  // Each row carries its stance and the quotes behind it, with links back to the passages.
  for (const row of rows) {
    expect(row.topic).not.toBe("");
    expect(row.stance).not.toBe("");
    expect(Number(row.quote_count)).toBeGreaterThan(0);
    expect(row.link).toMatch(/\/articles\/[^#]+#quote-/);
  }
});

test("Zelensky's page lists the positions he voiced, each with its quote", async ({ page }) => {
  await page.goto("/people/volodymyr-zelensky");
  const rows = page.getByTestId("positions-voiced").getByTestId("statement-row");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBe(5);
  const quote = rows.first().getByTestId("quote-link").first();
  expect(await quote.getAttribute("href")).toMatch(QUOTE_HREF);
  await expect(page.getByTestId("person-roles")).toBeVisible();
});

test("a process shows its rounds on a timeline, each opening its round", async ({ page }) => {
  await page.goto("/processes");
  await page.getByRole("link", { name: "Abu Dhabi trilateral talks", exact: true }).click();
  const rounds = page.getByTestId("process-round");
  await expect(rounds).toHaveCount(2);
  expect(await rounds.evaluateAll((els) => els.map((el) => el.getAttribute("href")))).toEqual(["/rounds/abu-dhabi-1", "/rounds/abu-dhabi-2"]);
  expect(await seriousViolations(page)).toEqual([]);
  await rounds.last().click();
  await expect(page).toHaveURL(/\/rounds\/abu-dhabi-2$/);
});

test("a topic page charts every party's stance on it over time, with the table alongside", async ({ page }) => {
  await page.goto("/topics/donbas");
  const points = page.getByTestId("stance-point");
  await expect(points.first()).toBeVisible();
  const rows = page.getByTestId("topic-statements").getByTestId("statement-row");
  await expect(rows).toHaveCount(await points.count());
});

for (const path of ["/rounds/abu-dhabi-2", "/parties/russia", "/people/volodymyr-zelensky", "/topics/donbas", "/processes"]) {
  test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("h1")).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
