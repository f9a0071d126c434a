import { expect, test } from "@playwright/test";

test("the overview shows totals and the processes with their rounds", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Negotiations at a glance" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Abu Dhabi trilateral talks, round 2" })).toBeVisible();
});

test("the parties list opens a party's page with its sections", async ({ page }) => {
  await page.goto("/parties");
  await page.getByRole("link", { name: "Russia", exact: true }).click();
  await expect(page).toHaveURL(/\/parties\/russia$/);
  await expect(page.getByRole("heading", { level: 1, name: "Russia" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Positions" })).toBeVisible();
});
