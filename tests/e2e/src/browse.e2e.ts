import { expect, test, type Page } from "@playwright/test";
import { firstRecordHref, signInAsAdmin } from "./support/pages.js";

/** Every list, one row per page so that even the shortest list of the seed has several. */
const LISTS = [
  "/positions",
  "/demands",
  "/rounds",
  "/processes",
  "/parties",
  "/people",
  "/topics",
  "/articles",
  "/outlets",
  "/proposals",
  "/evidence",
] as const;

async function firstRow(page: Page): Promise<string> {
  const row = page.locator("main table tbody tr, main ul[aria-label] > li").first();
  return (await row.innerText()).trim();
}

async function pageForwardAndBack(page: Page, path: string): Promise<void> {
  await page.goto(`${path}?size=1`);
  const first = await firstRow(page);
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect.poll(() => firstRow(page)).not.toBe(first);
  await page.getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(/before=/);
  await expect.poll(() => firstRow(page)).toBe(first);
  await expect(page.getByTestId("list-total")).toContainText(/\d+ results?/);
}

test("every list pages forward and back by cursor", async ({ page }) => {
  for (const path of LISTS) await test.step(path, () => pageForwardAndBack(page, path));
});

test("the audit log pages forward and back for staff", async ({ page }) => {
  await signInAsAdmin(page);
  await pageForwardAndBack(page, "/audit");
});

test("a filter set in the interface survives a reload of the copied URL", async ({ page }) => {
  await page.goto("/positions");
  const before = await page.getByTestId("list-total").innerText();
  await page.getByLabel("Topic", { exact: true }).selectOption({ label: "Donbas" });
  await expect(page).toHaveURL(/topic=donbas/);
  await expect(page.getByTestId("list-total")).not.toHaveText(before);
  const filtered = await page.getByTestId("list-total").innerText();
  const copied = page.url();

  const fresh = await page.context().newPage();
  await fresh.goto(copied);
  await expect(fresh.getByLabel("Topic", { exact: true })).toHaveValue("donbas");
  await expect(fresh.getByTestId("list-total")).toHaveText(filtered);
  for (const row of await fresh.locator("main table tbody tr").all()) await expect(row).toContainText(/Donbas|Donetsk|Luhansk/);
});

test("a detail page's quote opens the reader at that quote", async ({ page }) => {
  const href = await firstRecordHref(page, "/positions", "/positions/");
  await page.goto(href);
  const quote = page.getByTestId("quote").first().locator("blockquote a");
  const target = await quote.getAttribute("href");
  expect(target).toMatch(/^\/articles\/[^#]+#quote-/);
  await quote.click();
  await expect(page).toHaveURL(new RegExp(`${target?.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  const anchor = page.locator(`[id="${target?.split("#")[1]}"]`);
  await expect(anchor).toHaveCount(1);
  await expect(anchor.locator("xpath=following-sibling::a[1]")).toBeInViewport();
});

test("the reader highlights every quote and each highlight leads to what it supports", async ({ page }) => {
  await page.goto("/articles/abu-dhabi-second-round-escalation");
  const marks = page.getByTestId("article-body").locator("a.quote-mark");
  expect(await marks.count()).toBeGreaterThan(5);
  const first = marks.first();
  const support = await first.getAttribute("href");
  await first.click();
  await expect(page.locator(`[id="${support?.slice(1)}"]`)).toBeInViewport();
  await expect(
    page
      .locator(`[id="${support?.slice(1)}"]`)
      .getByRole("link")
      .nth(1),
  ).toBeVisible();
});

test("the round page shows conflicting date reports side by side with their sources", async ({ page }) => {
  await page.goto("/rounds/abu-dhabi-2");
  const dates = page.getByRole("region", { name: "What the sources say about the date" });
  await expect(dates).toContainText("1 February 2026");
  await expect(dates).toContainText("4 February 2026");
  await expect(dates.getByTestId("quote-link").first()).toBeVisible();
});
