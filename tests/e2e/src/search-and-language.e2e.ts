import { expect, test } from "@playwright/test";
import { DASHBOARD_NO_API } from "./support/accounts.js";

test("“Kostjoekov” in the palette opens Igor Kostyukov's page", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Control+K");
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox").fill("Kostjoekov");
  const option = dialog.getByRole("option", { name: /Igor Kostyukov/ });
  await expect(option).toBeVisible();
  await expect(dialog.getByText("People", { exact: true })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/people\/igor-kostyukov$/);
  await expect(page.getByRole("heading", { level: 1, name: "Igor Kostyukov" })).toBeVisible();
});

test("the search page groups results by kind and highlights article snippets", async ({ page }) => {
  await page.goto("/search?q=Donbas");
  await expect(page.getByRole("heading", { level: 2, name: /Topics/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Donbas", exact: true })).toBeVisible();
  await expect(page.locator("main mark").first()).toBeVisible();
});

test("the language switch changes the interface and the date formats, and persists", async ({ page }) => {
  await page.goto("/rounds");
  await expect(page.getByRole("link", { name: "Rounds", exact: true })).toBeVisible();
  await expect(page.locator("main table")).toContainText("February 2026");
  await page.getByRole("button", { name: "Language" }).click();
  await page.getByRole("menuitemradio", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rondes en ontmoetingen" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.locator("main table")).toContainText("februari 2026");
  await expect(page.locator("main table")).not.toContainText("February 2026");
  await page.goto("/parties");
  await expect(page.getByRole("heading", { level: 1, name: "Partijen" })).toBeVisible();
});

test("when the API is down the page explains it and offers a retry", async ({ page }) => {
  await page.goto(`${DASHBOARD_NO_API}/parties`);
  const alert = page.getByTestId("api-unreachable");
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("cannot be reached");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(alert).toBeVisible();
});

test("a record that does not exist gives the 404 page", async ({ page }) => {
  const response = await page.goto("/people/nobody-at-all");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This page does not exist" })).toBeVisible();
});

test("the skip link is the first stop from the keyboard and moves to the content", async ({ page }) => {
  await page.goto("/parties");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
