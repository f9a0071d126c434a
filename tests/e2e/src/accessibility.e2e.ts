import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { firstRecordHref, signInAsAdmin } from "./support/pages.js";

async function expectNoSeriousViolations(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator("main").waitFor();
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
}

test("no page type has a serious or critical axe violation, light and dark", async ({ page }) => {
  const detail = {
    position: await firstRecordHref(page, "/positions", "/positions/"),
    demand: await firstRecordHref(page, "/demands", "/demands/"),
    process: await firstRecordHref(page, "/processes", "/processes/"),
    outlet: await firstRecordHref(page, "/outlets", "/outlets/"),
    proposal: await firstRecordHref(page, "/proposals", "/proposals/"),
  };
  const paths = [
    "/",
    "/positions",
    "/topics",
    "/parties/russia",
    "/people/igor-kostyukov",
    "/topics/donbas",
    "/rounds/abu-dhabi-2",
    "/articles/abu-dhabi-second-round-escalation",
    detail.position,
    detail.demand,
    detail.process,
    detail.outlet,
    detail.proposal,
    "/search?q=Donbas",
    "/sign-in",
    "/no-such-page",
  ];
  for (const path of paths) await test.step(path, () => expectNoSeriousViolations(page, path));
  await page.emulateMedia({ colorScheme: "dark" });
  for (const path of ["/", "/positions", "/rounds/abu-dhabi-2", "/articles/abu-dhabi-second-round-escalation"]) await test.step(`dark ${path}`, () => expectNoSeriousViolations(page, path));
});

test("the staff pages have no serious or critical axe violation", async ({ page }) => {
  await signInAsAdmin(page);
  for (const path of ["/audit", "/parties/russia"]) await test.step(path, () => expectNoSeriousViolations(page, path));
});
