/** Drives the site's search the way a reader does: by keyboard shortcut, typing, and filters. */
import type { Locator, Page } from 'playwright-core';

/** The search region in view: the open dialog, else the page's main landmark. */
export function searchScope(page: Page): Locator {
  return page.locator('dialog[open], [role="dialog"]:visible').or(page.getByRole('main')).first();
}

/** The search input in view (a searchbox, or a textbox labelled "search"). */
export function searchInput(page: Page): Locator {
  return searchScope(page).getByRole('searchbox').or(searchScope(page).getByRole('textbox', { name: /search/i })).first();
}

/** Presses ⌘K (`Meta`) or Ctrl+K and waits for the search input to be focused. */
export async function openSearchByShortcut(page: Page, modifier: 'Control' | 'Meta'): Promise<Locator> {
  await page.locator('body').click({ position: { x: 1, y: 1 } }).catch(() => {});
  await page.keyboard.press(`${modifier}+KeyK`);
  const input = searchInput(page);
  await input.waitFor({ state: 'visible', timeout: 5_000 });
  await page.waitForFunction(() => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement && (active.type === 'search' || active.type === 'text');
  }, undefined, { timeout: 5_000 });
  return input;
}

/** Hrefs of the result links currently shown (results and sub-results), after they settle. */
export async function resultHrefs(page: Page, expectSome = true): Promise<string[]> {
  const scope = searchScope(page);
  const links = scope.locator('a[href*="/sprints/"], a[href*="/teams/"], a[href*="/okrs/"], a[href*="/people/"]').filter({ visible: true });
  if (expectSome) await links.first().waitFor({ state: 'visible', timeout: 10_000 });
  // Pagefind renders results progressively: wait until the count stops changing.
  let last = -1;
  for (let round = 0; round < 20; round++) {
    const count = await links.count();
    if (count === last) break;
    last = count;
    await page.waitForTimeout(250);
  }
  return links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
}

/** Ticks the filter `value` of filter `name` (checkbox, radio, option of a select, or toggle button). */
export async function chooseFilter(page: Page, name: RegExp, value: RegExp): Promise<void> {
  const scope = searchScope(page);
  const group = scope.getByRole('group', { name }).or(scope.locator('details, fieldset').filter({ hasText: name })).first();
  if (await group.count()) {
    const summary = group.locator('summary').first();
    if ((await summary.count()) && !(await group.evaluate((node) => (node as HTMLDetailsElement).open ?? true))) await summary.click();
  }
  const checkbox = scope.getByRole('checkbox', { name: value }).or(scope.getByRole('radio', { name: value })).first();
  if (await checkbox.count()) return checkbox.check();
  const select = scope.getByRole('combobox', { name }).or(scope.getByRole('listbox', { name })).first();
  if (await select.count()) {
    const option = select.getByRole('option', { name: value }).first();
    const label = await option.innerText();
    await select.selectOption({ label });
    return;
  }
  const button = scope.getByRole('button', { name: value }).first();
  if (await button.count()) return button.click();
  throw new Error(`no filter control for ${name} = ${value} in the search UI`);
}
