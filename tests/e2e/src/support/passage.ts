// Selecting a passage of the reader's body by its UTF-16 offsets (what an editor's mouse does), until
// the reader offers to make it evidence, and opening the passage panel from its bar.
import { expect, type Locator, type Page } from "@playwright/test";

/** `at`: the passage's offset in the body when it occurs more than once (else its first occurrence). */
export async function openPassagePanel(page: Page, exact: string, at?: number): Promise<Locator> {
  const body = page.getByTestId("article-body");
  const text = await body.evaluate((root) => root.textContent ?? "");
  const start = at ?? text.indexOf(exact);
  expect(start, `"${exact}" is in the body`).toBeGreaterThanOrEqual(0);
  const make = page.getByRole("button", { name: "Make this passage evidence" });
  const panel = page.getByRole("dialog", { name: "Passage to evidence" });
  await expect(async () => {
    await body.evaluate(
      (root, [from, to]) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const length = n.textContent?.length ?? 0;
          if (from >= seen && from <= seen + length) range.setStart(n, from - seen);
          if (to >= seen && to <= seen + length) {
            range.setEnd(n, to - seen);
            break;
          }
          seen += length;
        }
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      },
      [start, start + exact.length] as const,
    );
    // A save just before re-renders the reader (router refresh), which drops the selection and the bar:
    // select again and click again until the panel opens.
    await make.click({ timeout: 2_000 });
    await expect(panel).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(panel.getByTestId("passage-quote").locator("mark")).toHaveText(exact);
  return panel;
}

/** Types into a relationship picker and takes the first record whose name starts with `name`. */
export async function pick(panel: Locator, label: string | RegExp, query: string, name: RegExp): Promise<void> {
  await panel.getByRole("combobox", { name: label }).fill(query);
  await panel.getByRole("option", { name }).first().click();
}
