// Administration and mentions: only administrators reach administration; an API key is created (its
// secret shown once), used against the API, revoked and then refused; a user's role is changed; the
// reader lists what a seed article mentions; axe checks every admin page, form and dialog.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { ADMIN, API_URL, DASHBOARD_URL } from "./support/accounts.js";
import { graphql, signInToApi } from "./support/api.js";

const EDITOR = { email: "admin-suite-editor@parley.test", password: "admin-suite-editor-1", name: "Erik Editor" };
const ROLE_CHANGE = { email: "admin-suite-role@parley.test", password: "admin-suite-role-pw-1", name: "Rolf Rolechange" };

async function contextFor(browser: Browser, account: { email: string; password: string }): Promise<BrowserContext> {
  const context = await browser.newContext();
  const cookies = (await signInToApi(account.email, account.password)).split("; ").map((pair) => {
    const [name = "", ...value] = pair.split("=");
    return { name, value: value.join("="), url: DASHBOARD_URL };
  });
  await context.addCookies(cookies);
  return context;
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include("main").include("[role=dialog]").analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.beforeAll(async () => {
  const admin = await signInToApi(ADMIN.email, ADMIN.password);
  const { users } = await graphql<{ users: { id: string; email: string }[] }>(admin, "{ users { id email } }");
  for (const [account, role] of [
    [EDITOR, "EDITOR"],
    [ROLE_CHANGE, "ANALYST"],
  ] as const) {
    const existing = users.find((u) => u.email === account.email);
    // A rerun on the same database starts from the same roles.
    if (existing) {
      await graphql(admin, "mutation($id: String!, $role: Role!) { setUserRole(userId: $id, role: $role) { id } }", { id: existing.id, role });
      continue;
    }
    await graphql(
      admin,
      "mutation($email: String!, $name: String!, $password: String!, $role: Role!) { createUser(email: $email, name: $name, password: $password, role: $role) { id } }",
      { ...account, role },
    );
  }
});

test("an editor gets no administration link and a plain refusal on its pages", async ({ browser }) => {
  const context = await contextFor(browser, EDITOR);
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
  for (const path of ["/admin/users", "/admin/api-keys"]) {
    await page.goto(path);
    await expect(page.getByTestId("admin-only")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Administration is for administrators" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  }
  await expectAccessible(page, "refusal");
  await context.close();
});

test("an API key: created with scopes and an expiry, its secret shown once, used, revoked, then refused", async ({ browser }) => {
  const context = await contextFor(browser, ADMIN);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: DASHBOARD_URL });
  const page = await context.newPage();
  await page.goto("/admin/api-keys");
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
  await expectAccessible(page, "api keys page");

  const form = page.getByRole("form", { name: "Create API key" });
  // The form's own checks, in words, on the field.
  await form.getByRole("button", { name: "Create API key" }).click();
  await expect(form.getByText("Fill this in.")).toBeVisible();
  await expectAccessible(page, "api key form with errors");

  const name = `E2E partner ${Date.now()}`;
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Expires").selectOption("30");
  await form.getByRole("checkbox", { name: /Read the schema/ }).check();
  await form.getByRole("button", { name: "Create API key" }).click();

  const secretBox = page.getByTestId("api-key-secret");
  await expect(secretBox).toBeVisible();
  const secret = (await page.getByTestId("api-key-secret-value").textContent())?.trim() ?? "";
  expect(secret.length).toBeGreaterThan(20);
  expect(page.url()).not.toContain(secret);
  await page.getByRole("button", { name: "Copy key" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await expectAccessible(page, "api key secret");

  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Read published data");
  await expect(row).toContainText("Read the schema");
  await expect(row).toContainText("Never");

  // The key works against the API.
  const ask = () =>
    fetch(`${API_URL}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": secret },
      body: JSON.stringify({ query: "{ parties(first: 1) { totalCount } }" }),
    });
  const ok = await ask();
  expect(ok.status).toBe(200);
  expect(((await ok.json()) as { data?: { parties: { totalCount: number } } }).data?.parties.totalCount).toBeGreaterThan(0);

  // Shown once: after "stored", and after a reload, the secret is nowhere on the page; its last use is.
  await page.getByRole("button", { name: "I have stored it" }).click();
  await page.reload();
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: name })).not.toContainText("Never");

  await page
    .getByRole("row")
    .filter({ hasText: name })
    .getByRole("button", { name: `Revoke the key ${name}` })
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("cannot be undone");
  await expectAccessible(page, "revoke dialog");
  await dialog.getByRole("button", { name: "Revoke" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Revoked");

  const refused = await ask();
  expect(refused.status).toBe(401);
  const body = (await refused.json()) as { errors?: { extensions?: { code?: string } }[] };
  expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  await context.close();
});

test("an administrator creates an account and changes a user's role, each asked first", async ({ browser }) => {
  const context = await contextFor(browser, ADMIN);
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: "Administration" }).first().click();
  await expect(page).toHaveURL(/\/admin\/users/);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expectAccessible(page, "users page");

  // Create: an email already in use is refused by the API, on the email field.
  const form = page.getByRole("form", { name: "Create account" });
  await form.getByLabel("Name").fill("Duplicate Person");
  await form.getByLabel("Email").fill(EDITOR.email);
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("Use at least 12 characters.")).toBeVisible();
  await form.getByLabel("Initial password").fill("a long enough password");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText(/exists/)).toBeVisible();
  await expectAccessible(page, "user form with an API error");

  const row = page.getByRole("row").filter({ hasText: ROLE_CHANGE.email });
  await expect(row).toContainText("Analyst");
  await row.getByRole("button", { name: `Change role: ${ROLE_CHANGE.name}` }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("New role").selectOption("EDITOR");
  await expectAccessible(page, "role dialog");
  await dialog.getByRole("button", { name: "Change role" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row").filter({ hasText: ROLE_CHANGE.email })).toContainText("Editor");

  // The API agrees: the account now edits.
  const admin = await signInToApi(ADMIN.email, ADMIN.password);
  const { users } = await graphql<{ users: { email: string; role: string }[] }>(admin, "{ users { email role } }");
  expect(users.find((u) => u.email === ROLE_CHANGE.email)?.role).toBe("EDITOR");

  // The other dialogs, checked and cancelled.
  for (const name of [`End sessions: ${ROLE_CHANGE.name}`, `Deactivate ${ROLE_CHANGE.name}`]) {
    await page.getByRole("row").filter({ hasText: ROLE_CHANGE.email }).getByRole("button", { name }).click();
    await expectAccessible(page, name);
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("dialog")).toBeHidden();
  }
  // The audit log lists the change, filtered by record.
  await page.getByRole("link", { name: "Audit log" }).first().click();
  await expect(page).toHaveURL(/\/audit/);
  await context.close();
});

test("the reader lists what a seed article mentions, Kostyukov under that article's own spelling", async ({ browser }) => {
  const context = await contextFor(browser, EDITOR);
  const page = await context.newPage();
  await page.goto("/articles/abu-dhabi-talks-resume");
  const list = page.getByTestId("mention-list");
  await expect(list.getByRole("heading", { name: /Mentioned/ })).toBeVisible();
  const kostyukov = list.getByTestId("mention").filter({ hasText: "Igor Kostyukov" });
  await expect(kostyukov).toBeVisible();
  await expect(kostyukov.getByTestId("mention-aliases")).toContainText("Kostjoekov");
  await expect(list.getByTestId("mention").filter({ hasText: "Ukraine" }).first()).toBeVisible();
  // Choosing the person's mention makes them the speaker: the URL carries it for the passage panel.
  await kostyukov.getByRole("button", { name: "Make Igor Kostyukov the speaker of the passage you file" }).click();
  await expect(page).toHaveURL(/[?&]speaker=/);
  // The highlight layer covers the body's mentions.
  await expect.poll(async () => Number(await list.getAttribute("data-painted"))).toBeGreaterThan(3);
  await list.getByRole("button", { name: "Hide underlines" }).click();
  await expect(list).toHaveAttribute("data-painted", "0");
  await expectAccessible(page, "mention list");
  await context.close();
});
