/** Drives the site's search the way a reader does: by keyboard shortcut, typing, and filters. */
import type { Locator, Page } from 'playwright-core';

/** The search region in view: the open dialog if there is one, else the page's main landmark. */
export async function searchScope(page: Page): Promise<Locator> {
  const dialog = page.locator('dialog[open], [role="dialog"]:visible').first();
  return (await dialog.count()) > 0 ? dialog : page.getByRole('main');
}

/** The search input in view (a searchbox, or a textbox labelled "search"). */
export async function searchInput(page: Page): Promise<Locator> {
  const scope = await searchScope(page);
  return scope.getByRole('searchbox').or(scope.getByRole('textbox', { name: /search/i })).first();
}

/** Presses ⌘K (`Meta`) or Ctrl+K and waits for the search input to be focused. */
export async function openSearchByShortcut(page: Page, modifier: 'Control' | 'Meta'): Promise<Locator> {
  await page.locator('body').click({ position: { x: 1, y: 1 } }).catch(() => {});
  await page.keyboard.press(`${modifier}+KeyK`);
  await page.waitForFunction(() => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement && (active.type === 'search' || active.type === 'text');
  }, undefined, { timeout: 5_000 });
  const input = await searchInput(page);
  await input.waitFor({ state: 'visible', timeout: 5_000 });
  await expectFocused(input);
  return input;
}

async function expectFocused(input: Locator): Promise<void> {
  if (!(await input.evaluate((node) => node === document.activeElement))) throw new Error('the shortcut focused an input that is not the search input');
}

/** Hrefs of the result links currently shown (results and sub-results), after they settle. */
export async function resultHrefs(page: Page, expectSome = true): Promise<string[]> {
  const scope = await searchScope(page);
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

/** Picks the filter `value` of filter `name` (checkbox, radio, option of a select, or toggle button), waiting for filters to load. */
export async function chooseFilter(page: Page, name: RegExp, value: RegExp): Promise<void> {
  const scope = await searchScope(page);
  const group = scope.getByRole('group', { name }).or(scope.locator('details, fieldset').filter({ hasText: name })).first();
  if (await group.count()) {
    const summary = group.locator('summary').first();
    if ((await summary.count()) && !(await group.evaluate((node) => (node instanceof HTMLDetailsElement ? node.open : true)))) await summary.click();
  }
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const checkbox = scope.getByRole('checkbox', { name: value }).or(scope.getByRole('radio', { name: value })).first();
    if (await checkbox.count()) return checkbox.check();
    const select = scope.getByRole('combobox', { name }).or(scope.getByRole('listbox', { name })).first();
    if (await select.count()) {
      const option = select.getByRole('option', { name: value }).or(select.locator('option').filter({ hasText: value })).first();
      if (await option.count()) {
        await select.selectOption({ label: (await option.textContent())!.trim() });
        return;
      }
    }
    const button = scope.getByRole('button', { name: value }).first();
    if (await button.count()) return button.click();
    await page.waitForTimeout(250);
  }
  throw new Error(`no filter control for ${name} = ${value} in the search UI`);
}
