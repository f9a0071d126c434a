import { expect, type Page } from "@playwright/test";
import { ADMIN } from "./accounts.js";

export async function signIn(page: Page, account: { email: string; password: string }, returnTo = "/"): Promise<void> {
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("user-menu")).toBeVisible();
}

export const signInAsAdmin = (page: Page, returnTo?: string) => signIn(page, ADMIN, returnTo);

/** The first link of a list page's table that goes to a record of this kind. */
export async function firstRecordHref(page: Page, listPath: string, prefix: string): Promise<string> {
  await page.goto(listPath);
  const href = await page.locator(`main table a[href^="${prefix}"]`).first().getAttribute("href");
  if (!href) throw new Error(`no ${prefix} link on ${listPath}`);
  return href;
}
