import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("the overview lists the processes and their rounds from live data", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Negotiations at a glance" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Abu Dhabi trilateral talks, round 2" })).toBeVisible();
  const articles = page.locator(".stat", { hasText: "Articles" });
  await expect(articles).toContainText("5");
});

test("a round shows its delegations, conflicting dates and positions with their sources", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Abu Dhabi trilateral talks, round 2" }).click();
  await expect(page).toHaveURL(/\/rounds\/abu-dhabi-2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Abu Dhabi trilateral talks, round 2");

  const ukraine = page.locator(".card", { has: page.getByRole("heading", { name: "Ukraine", exact: true }) });
  await expect(ukraine).toContainText("Rustem Umerov (head)");
  const russia = page.locator(".card", { has: page.getByRole("heading", { name: "Russia", exact: true }) });
  await expect(russia.locator("li", { hasText: "Kirill Dmitriev" }).locator(".badge.uncertain")).toHaveText("uncertain");

  const dates = page.locator("section", { has: page.getByRole("heading", { name: "What the sources say about the date" }) });
  await expect(dates).toContainText("1 Feb 2026");
  await expect(dates).toContainText("4 Feb 2026");

  const position = page.getByRole("article", { name: "Russia on Donbas" });
  await expect(position.locator("blockquote", { hasText: "uit de Donbas" }).first()).toBeVisible();
  await expect(position.locator("blockquote .source").first()).toContainText("Trilaterale vredesbesprekingen");
});

test("a party page follows its positions on a topic over time", async ({ page }) => {
  await page.goto("/parties/russia");
  const donbas = page.getByRole("region", { name: "Positions on Donbas" });
  const dates = await donbas.locator("article p.muted").allTextContents();
  expect(dates.length).toBeGreaterThanOrEqual(3);
  expect(dates[0]).toContain("Jun 2023");
  await expect(donbas.locator("blockquote").first()).toBeVisible();
});

test("an unknown round is a 404 page", async ({ page }) => {
  const response = await page.goto("/rounds/no-such-round");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("the overview has no serious accessibility violations", async ({ page }) => {
  await page.goto("/");
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
