import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { firstRecordHref, signInAsAdmin } from "./support/pages.js";

async function expectNoSeriousViolations(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator("main").waitFor();
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${path}: ${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

test("overview, lists, search, sign-in and 404 have no serious or critical axe violation", async ({ page }) => {
  for (const path of ["/", "/positions", "/topics", "/search?q=Donbas", "/sign-in", "/no-such-page"])
    await test.step(path, () => expectNoSeriousViolations(page, path));
});

test("every kind of detail page and the reader have no serious or critical axe violation", async ({ page }) => {
  test.setTimeout(120_000);
  const paths = [
    "/parties/russia",
    "/people/igor-kostyukov",
    "/topics/donbas",
    "/rounds/abu-dhabi-2",
    "/articles/abu-dhabi-second-round-escalation",
    await firstRecordHref(page, "/positions", "/positions/"),
    await firstRecordHref(page, "/demands", "/demands/"),
    await firstRecordHref(page, "/processes", "/processes/"),
    await firstRecordHref(page, "/outlets", "/outlets/"),
    await firstRecordHref(page, "/proposals", "/proposals/"),
  ];
  for (const path of paths) await test.step(path, () => expectNoSeriousViolations(page, path));
});

test("the dark theme has no serious or critical axe violation", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  for (const path of ["/", "/positions", "/rounds/abu-dhabi-2", "/articles/abu-dhabi-second-round-escalation"])
    await test.step(path, () => expectNoSeriousViolations(page, path));
});

test("the staff pages have no serious or critical axe violation", async ({ page }) => {
  await signInAsAdmin(page);
  for (const path of ["/audit", "/parties/russia"]) await test.step(path, () => expectNoSeriousViolations(page, path));
});
