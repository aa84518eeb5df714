import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/build';
import { DEFAULT_OPTIONS, type ReviewExample } from '../../src/core/types';
import { nextRerollPair } from '../../src/state/entries';
import { launchChromium } from '../helpers/chromium';
import { pythonParser } from '../helpers/extract';
import { serveFolder, type StaticServer } from '../helpers/server';
import { zipFixture } from '../helpers/zip';
import { editorReady, listStatuses, openApp, ROOT, selectedFunction } from './page';

let server: StaticServer;
let browser: Browser;
let zipPath: string;
let examples: Map<string, ReviewExample>;

beforeAll(async () => {
  server = await serveFolder(join(ROOT, 'dist'));
  browser = await launchChromium();
  const folder = await mkdtemp(join(tmpdir(), 'swapset-review-'));
  zipPath = join(folder, 'shop-main.zip');
  const bytes = await zipFixture('shop', 'shop-main');
  await writeFile(zipPath, bytes);
  const result = await buildDataset(await pythonParser(), [{ name: 'shop-main.zip', bytes }], DEFAULT_OPTIONS);
  examples = new Map(result.examples.map((example) => [example.source.function, example]));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const FUNCTIONS = ['total', 'subtotal', 'describe', 'validate', 'render', 'dump', 'load'];

/** The expected list: every function unreviewed except those given. */
function statuses(changed: Record<string, string>): Array<[string, string]> {
  return FUNCTIONS.map((name) => [name, changed[name] ?? 'unreviewed']);
}

function progress(page: Page): Promise<string | null> {
  return page.locator('.review-progress-text').textContent();
}

function pairText(page: Page): Promise<string | null> {
  return page.locator('.pair-bar .swap-pill').textContent();
}

describe('review keys', () => {
  it('accept, reject, skip, undo and re-roll', async () => {
    const { page, errors } = await openApp(browser, server.origin);

    // The file input keeps the focus after a choice unless the page lets go of it.
    const input = page.getByLabel('Choose .zip or .py files');
    await input.focus();
    await input.setInputFiles(zipPath);
    await page.locator('.app[data-state="done"]').waitFor();
    await editorReady(page);
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).not.toBe('file-input');
    expect(await listStatuses(page)).toEqual(statuses({}));
    expect(await selectedFunction(page)).toBe('total');
    expect(await progress(page)).toBe('Reviewed 0 of 7');

    // A accepts and opens the next unreviewed example.
    await page.keyboard.press('a');
    await expect.poll(() => selectedFunction(page)).toBe('subtotal');
    expect(await listStatuses(page)).toEqual(statuses({ total: 'accepted' }));
    expect(await progress(page)).toBe('Reviewed 1 of 7');

    // A digit rejects with its reason.
    await page.keyboard.press('2');
    await expect.poll(() => selectedFunction(page)).toBe('describe');
    expect(await listStatuses(page)).toEqual(statuses({ total: 'accepted', subtotal: 'rejected' }));
    expect(await page.locator('[data-example-id] .badge[title="duplicate"]').count()).toBe(1);

    // Space skips without deciding.
    await page.keyboard.press(' ');
    await expect.poll(() => selectedFunction(page)).toBe('validate');
    expect(await listStatuses(page)).toEqual(statuses({ total: 'accepted', subtotal: 'rejected' }));

    await page.keyboard.press('x');
    await expect.poll(() => selectedFunction(page)).toBe('render');
    expect(await listStatuses(page)).toEqual(statuses({ total: 'accepted', subtotal: 'rejected', validate: 'rejected' }));
    expect(await progress(page)).toBe('Reviewed 3 of 7');

    // U and Backspace undo, one decision each, and select the example again.
    await page.keyboard.press('u');
    await expect.poll(() => selectedFunction(page)).toBe('validate');
    expect(await listStatuses(page)).toEqual(statuses({ total: 'accepted', subtotal: 'rejected' }));
    await page.keyboard.press('Backspace');
    await expect.poll(() => selectedFunction(page)).toBe('subtotal');
    expect(await listStatuses(page)).toEqual(statuses({ total: 'accepted' }));
    expect(await progress(page)).toBe('Reviewed 1 of 7');

    // R swaps the next pair of the allowed names, and the list row follows.
    const subtotal = examples.get('subtotal')!;
    const rerolled = nextRerollPair(subtotal, subtotal.swap)!;
    expect(await pairText(page)).toBe(`${subtotal.swap[0]} ↔ ${subtotal.swap[1]}`);
    await page.keyboard.press('r');
    await expect.poll(() => pairText(page)).toBe(`${rerolled[0]} ↔ ${rerolled[1]}`);
    expect(await page.locator('.pair-origin').textContent()).toBe('re-rolled, 3 allowed names');
    expect(await page.locator(`[role="option"][data-example-id="${subtotal.id}"] .example-swap`).textContent()).toBe(`${rerolled[0]} ↔ ${rerolled[1]}`);
    const swapLine = `${rerolled[0]}, ${rerolled[1]} = ${rerolled[1]}, ${rerolled[0]}`;
    await expect.poll(() => page.locator('[data-testid="swapped-editor"] .view-lines').textContent()).toContain(swapLine.replace(/ /g, '\u00a0'));

    // Accepting keeps the re-rolled pair; undo takes back the decision, then the re-roll.
    await page.keyboard.press('a');
    await expect.poll(() => selectedFunction(page)).toBe('describe');
    expect(await listStatuses(page)).toEqual(statuses({ total: 'accepted', subtotal: 'accepted' }));
    await page.keyboard.press('u');
    await expect.poll(() => selectedFunction(page)).toBe('subtotal');
    expect(await pairText(page)).toBe(`${rerolled[0]} ↔ ${rerolled[1]}`);
    await page.keyboard.press('u');
    await expect.poll(() => pairText(page)).toBe(`${subtotal.swap[0]} ↔ ${subtotal.swap[1]}`);
    expect(await page.locator('.pair-origin').textContent()).toBe('seeded, 3 allowed names');
    expect(await listStatuses(page)).toEqual(statuses({ total: 'accepted' }));
    await page.keyboard.press('u');
    await expect.poll(() => listStatuses(page)).toEqual(statuses({}));
    await page.keyboard.press('u');
    await expect.poll(() => page.locator('.review-message').textContent()).toBe('Nothing to undo.');

    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves, searches and switches views', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await page.getByLabel('Choose .zip or .py files').setInputFiles(zipPath);
    await page.locator('.app[data-state="done"]').waitFor();
    await editorReady(page);

    await page.keyboard.press('j');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selectedFunction(page)).toBe('describe');
    await page.keyboard.press('k');
    await expect.poll(() => selectedFunction(page)).toBe('subtotal');

    // / focuses the search, where letters are text and not shortcuts.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('example-search');
    await page.keyboard.type('report');
    await expect.poll(() => listStatuses(page)).toEqual([
      ['render', 'unreviewed'],
      ['dump', 'unreviewed'],
      ['load', 'unreviewed'],
    ]);
    // Enter leaves the field and keeps the filter (Escape would clear it, as in any search field).
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedFunction(page)).toBe('render');

    // R on a function with two allowed names explains why nothing changed.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(() => selectedFunction(page)).toBe('load');
    await page.keyboard.press('r');
    await expect.poll(() => page.locator('.review-message').textContent()).toBe('No other pair: only len and list can be swapped in load.');

    // D switches to Monaco's diff of the two bodies and back.
    await page.keyboard.press('d');
    await page.getByTestId('diff-editor').waitFor();
    expect(await page.getByRole('button', { name: 'Diff' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('d');
    await page.getByTestId('swapped-editor').waitFor();

    // ? lists the shortcuts; keys do nothing while the dialog is open.
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.getByRole('row').count()).toBe(18);
    await page.keyboard.press('a');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await progress(page)).toBe('Reviewed 0 of 7');

    // A note is text, and Enter returns to the shortcuts.
    await page.keyboard.press('n');
    await page.keyboard.type('a loader');
    await page.keyboard.press('Enter');
    expect(await progress(page)).toBe('Reviewed 0 of 7');
    await page.keyboard.press('1');
    await expect.poll(() => progress(page)).toBe('Reviewed 1 of 7');
    await expect.poll(() => selectedFunction(page)).toBe('render');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect.poll(() => selectedFunction(page)).toBe('load');
    expect(await page.getByLabel('Note').inputValue()).toBe('a loader');
    expect(await page.locator('.example-view .badge').textContent()).toBe('Rejected: trivial');

    expect(errors).toEqual([]);
    await page.close();
  });

  it('has mouse buttons with visible labels', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await page.getByLabel('Choose .zip or .py files').setInputFiles(zipPath);
    await page.locator('.app[data-state="done"]').waitFor();
    await editorReady(page);

    const decision = page.getByRole('group', { name: 'Decision' }).getByRole('button');
    expect(await decision.allTextContents()).toEqual(['Accept A', 'Reject X', 'Skip Space', 'Undo U']);
    const reasons = page.getByRole('group', { name: 'Reject with a reason' }).getByRole('button');
    expect(await reasons.allTextContents()).toEqual(['1 trivial', '2 duplicate', '3 generated code', '4 swap looks wrong', '5 licence']);

    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect.poll(() => selectedFunction(page)).toBe('subtotal');
    // A click leaves the focus where it was, so Space skips instead of pressing Accept again.
    await page.keyboard.press(' ');
    await expect.poll(() => selectedFunction(page)).toBe('describe');
    await page.getByRole('button', { name: 'swap looks wrong' }).click();
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    await expect.poll(() => selectedFunction(page)).toBe('render');
    expect(await listStatuses(page)).toEqual(statuses({ total: 'accepted', describe: 'rejected' }));
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => listStatuses(page)).toEqual(statuses({ total: 'accepted' }));
    expect(await selectedFunction(page)).toBe('describe');

    // The pair picker stores a pair chosen by hand.
    await page.getByRole('button', { name: 'Choose pair…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose the pair for describe' });
    await dialog.getByLabel('First name').selectOption('len');
    await dialog.getByLabel('Second name').selectOption('str');
    await dialog.getByRole('button', { name: 'Use this pair' }).click();
    await expect.poll(() => pairText(page)).toBe('len ↔ str');
    expect(await page.locator('.pair-origin').textContent()).toBe('chosen by hand, 4 allowed names');

    // Filters: status, pair and the source line of the selected example.
    await page.getByRole('button', { name: 'Accepted 1' }).click();
    await expect.poll(() => listStatuses(page)).toEqual([['total', 'accepted']]);
    await page.getByRole('button', { name: 'All 7' }).click();
    await page.getByLabel('Filter by pair').selectOption('len ↔ str');
    await expect.poll(() => listStatuses(page)).toEqual([
      ['describe', 'unreviewed'],
      ['render', 'unreviewed'],
    ]);
    expect(await page.locator('.source-line .example-location').textContent()).toBe('shop-main.zip › shop-main/shop/cart.py:14');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy path:line' }).click();
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('shop-main/shop/cart.py:14');

    // The statistics are SVG images named by their titles, with every value in their description.
    await page.getByRole('button', { name: 'Statistics' }).click();
    const statistics = page.getByRole('dialog', { name: 'Statistics' });
    const charts = statistics.getByRole('img');
    expect(await charts.evaluateAll((images) => images.map((image) => image.querySelector('title')!.textContent))).toEqual([
      'Examples per swapped pair',
      'Examples per archive',
      'Why functions were skipped',
    ]);
    expect(await charts.nth(1).locator('desc').textContent()).toBe('shop-main.zip: 7 examples (1 accepted, 0 rejected, 6 unreviewed)');
    expect(await charts.nth(2).locator('desc').textContent()).toBe(
      'Async function: 1 function; Fewer than two swappable builtins: 1 function; No docstring: 1 function; Not valid Python 3: 1 function',
    );
    await statistics.getByRole('button', { name: 'Close' }).click();

    expect(errors).toEqual([]);
    await page.close();
  });
});
