import { expect, test } from "@playwright/test";
import { ADMIN, ANALYST } from "./support/accounts.js";
import { DRAFT_OUTLET } from "./support/global-setup.js";
import { signIn } from "./support/pages.js";

/** What an edit control would be called (the editing issue's buttons and links start this way). */
const EDIT_CONTROL = /^(edit|delete|publish|unpublish|restore|create|new|add)\b/i;

test("an administrator signs in, sees who they are, and signs out", async ({ page }) => {
  await signIn(page, ADMIN, "/parties");
  await expect(page).toHaveURL(/\/parties$/);
  const menu = page.getByTestId("user-menu");
  await expect(menu).toContainText(ADMIN.name);
  await expect(menu).toContainText("Administrator");
  await menu.click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faudit/);
});

test("a wrong password is refused with an explanation", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("do not match");
});

test("an analyst sees drafts and no edit controls; an anonymous visitor sees no drafts", async ({ page, browser }) => {
  const anonymous = await browser.newPage();
  await anonymous.goto("/outlets");
  await expect(anonymous.getByRole("heading", { level: 1, name: "Outlets" })).toBeVisible();
  await expect(anonymous.getByText(DRAFT_OUTLET)).toHaveCount(0);
  await expect(anonymous.getByTestId("draft-badge")).toHaveCount(0);
  await anonymous.close();

  await signIn(page, ANALYST, "/outlets");
  await expect(page.getByTestId("user-menu")).toContainText("Analyst");
  const row = page.getByRole("row", { name: new RegExp(DRAFT_OUTLET) });
  await expect(row.getByTestId("draft-badge")).toBeVisible();
  // The analyst also sees the audit log, and nowhere a control to change anything.
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Outlet", exact: true }).first()).toBeVisible();
  for (const path of ["/outlets", "/parties/russia"]) {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("button", { name: EDIT_CONTROL })).toHaveCount(0);
    await expect(page.getByRole("link", { name: EDIT_CONTROL })).toHaveCount(0);
  }
});
