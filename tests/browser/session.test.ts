import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
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
import { downloadFrom, editorReady, listStatuses, loadZip, openApp, ROOT, selectedFunction, sha256Of } from './page';

let server: StaticServer;
let browser: Browser;
let folder: string;
let shopZip: string;
let twiceZip: string;
let examples: Map<string, ReviewExample>;

beforeAll(async () => {
  server = await serveFolder(join(ROOT, 'dist'));
  browser = await launchChromium();
  folder = await mkdtemp(join(tmpdir(), 'swapset-session-'));
  shopZip = join(folder, 'shop-main.zip');
  const bytes = await zipFixture('shop', 'shop-main');
  await writeFile(shopZip, bytes);
  twiceZip = join(folder, 'twice-main.zip');
  const cart = await readFile(join(ROOT, 'tests/fixtures/shop/shop/cart.py'));
  await writeFile(twiceZip, await zipFixture('shop', 'twice-main', { 'copy/cart.py': cart }));
  const result = await buildDataset(await pythonParser(), [{ name: 'shop-main.zip', bytes }], DEFAULT_OPTIONS);
  examples = new Map(result.examples.map((example) => [example.source.function, example]));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The statuses the review below leaves. */
const REVIEWED: Array<[string, string]> = [
  ['total', 'accepted'],
  ['subtotal', 'rejected'],
  ['describe', 'unreviewed'],
  ['validate', 'unreviewed'],
  ['render', 'unreviewed'],
  ['dump', 'unreviewed'],
  ['load', 'unreviewed'],
];

const UNREVIEWED: Array<[string, string]> = REVIEWED.map(([name]) => [name, 'unreviewed']);

/** Accept total, reject subtotal as trivial with a note, and re-roll describe without deciding. */
async function review(page: Page): Promise<void> {
  await editorReady(page);
  await page.keyboard.press('a');
  await expect.poll(() => selectedFunction(page)).toBe('subtotal');
  await page.keyboard.press('n');
  await page.keyboard.type('adds two numbers');
  await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  await expect.poll(() => selectedFunction(page)).toBe('describe');
  await page.keyboard.press('r');
  await expect.poll(() => page.locator('.pair-origin').textContent()).toBe('re-rolled, 4 allowed names');
  expect(await listStatuses(page)).toEqual(REVIEWED);
}

/** Check that the review above is shown, note and pair included. */
async function expectReviewed(page: Page): Promise<void> {
  await expect.poll(() => listStatuses(page)).toEqual(REVIEWED);
  expect(await page.locator('.review-progress-text').textContent()).toBe('Reviewed 2 of 7');
  const describe = examples.get('describe')!;
  const pair = nextRerollPair(describe, describe.swap)!;
  expect(await page.locator(`[role="option"][data-example-id="${describe.id}"] .example-swap`).textContent()).toBe(`${pair[0]} ↔ ${pair[1]}`);
  await page.getByRole('listbox', { name: 'Examples' }).getByRole('option').filter({ hasText: 'subtotal' }).click();
  await expect.poll(() => page.getByLabel('Note').inputValue()).toBe('adds two numbers');
  expect(await page.locator('.example-view .badge').textContent()).toBe('Rejected: trivial');
}

function noticeText(page: Page): Promise<string | null> {
  return page.locator('.session-banner [role="status"] span').textContent({ timeout: 2000 });
}

describe('saved sessions', () => {
  it('restores the review after a reload', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await loadZip(page, shopZip);
    await review(page);

    await page.reload();
    const offer = page.locator('.saved-session span');
    await expect.poll(() => offer.textContent()).toMatch(/^A saved review of shop-main\.zip exists: 3 examples, last changed .+\. Drop the same archive to continue it\.$/);
    await loadZip(page, shopZip);
    await expect.poll(() => noticeText(page)).toBe(
      'Restored your saved review of shop-main.zip: 2 decisions, 1 note or chosen pair without a decision.',
    );
    await expectReviewed(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the review when the tab is closed', async () => {
    const context = await browser.newContext();
    const first = await openApp(browser, server.origin, context);
    await loadZip(first.page, shopZip);
    await review(first.page);
    await first.page.close();

    const second = await openApp(browser, server.origin, context);
    await loadZip(second.page, shopZip);
    await expectReviewed(second.page);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await context.close();
  });

  it('keeps the review when other archives are dropped', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await loadZip(page, shopZip);
    await review(page);

    await loadZip(page, twiceZip);
    await expect.poll(() => noticeText(page)).toBe(
      'Your review of shop-main.zip is saved (2 decisions, 1 note or chosen pair without a decision). Drop shop-main.zip again to continue it.',
    );
    expect(await page.locator('.review-progress-text').textContent()).toBe('Reviewed 0 of 7');

    await loadZip(page, shopZip);
    await expectReviewed(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('starts over after a confirmation', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await loadZip(page, shopZip);
    await review(page);

    await page.getByRole('button', { name: 'Start over' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start over?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await listStatuses(page)).toEqual(REVIEWED);

    await page.getByRole('button', { name: 'Start over' }).click();
    expect(await dialog.locator('p').first().textContent()).toBe(
      'This deletes every decision, note and chosen pair for shop-main.zip, in every mode and seed, from this browser.',
    );
    await dialog.getByRole('button', { name: 'Start over' }).click();
    await expect.poll(() => listStatuses(page)).toEqual(UNREVIEWED);
    expect(await noticeText(page)).toBe('Started over: the review of shop-main.zip was deleted.');

    await page.reload();
    await loadZip(page, shopZip);
    await expect.poll(() => page.locator('.review-progress-text').textContent()).toBe('Reviewed 0 of 7');
    expect(await listStatuses(page)).toEqual(UNREVIEWED);
    expect(await page.locator('.session-banner').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('restores a review of the sample', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await page.getByRole('button', { name: 'Load sample' }).click({ timeout: 10000 });
    await page.locator('.app[data-state="done"]').waitFor({ timeout: 10000 });
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 10000 });
    const first = await selectedFunction(page);
    await page.keyboard.press('a');
    await expect.poll(() => page.locator('.review-progress-text').textContent()).toMatch(/^Reviewed 1 of \d+$/);

    await page.waitForTimeout(2500);
    await page.reload();
    await page.locator('.saved-session').getByRole('button', { name: 'Load sample' }).click({ timeout: 10000 });
    await page.locator('.app[data-state="done"]').waitFor({ timeout: 10000 });
    // More than the 2 seconds of a zip timestamp, so a sample stamped with the time of day would not be recognised.
    await expect.poll(() => noticeText(page)).toBe('Restored your saved review of inventory-tools-main.zip: 1 decision.');
    const accepted = (await listStatuses(page)).filter(([, status]) => status !== 'unreviewed');
    expect(accepted).toEqual([[first, 'accepted']]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('session files', () => {
  it('export and import into a fresh page', async () => {
    const source = await openApp(browser, server.origin);
    await loadZip(source.page, shopZip);
    await review(source.page);
    const file = await downloadFrom(source.page, 'Export session', 'swapset-session.json');
    const sessionPath = join(folder, 'swapset-session.json');
    await file.saveAs(sessionPath);

    const describe = examples.get('describe')!;
    const subtotal = examples.get('subtotal')!;
    const total = examples.get('total')!;
    const pair = nextRerollPair(describe, describe.swap)!;
    const session = JSON.parse(await readFile(sessionPath, 'utf8'));
    expect(session).toEqual({
      format: 'swapset-review-session',
      version: 1,
      archives: [{ name: 'shop-main.zip', sha256: await sha256Of(shopZip) }],
      settings: { mode: 'builtins', seed: 42, max_tokens: 200, max_examples: null, per_archive: null, dedup: true, accepted_only: false },
      decisions: {
        [describe.id]: { status: 'unreviewed', reason: null, note: '', swap: pair, swap_chosen_by: 'reroll' },
        [subtotal.id]: { status: 'rejected', reason: 'trivial', note: 'adds two numbers', swap: null, swap_chosen_by: null },
        [total.id]: { status: 'accepted', reason: null, note: '', swap: null, swap_chosen_by: null },
      },
    });

    const target = await openApp(browser, server.origin);
    await loadZip(target.page, shopZip);
    expect(await listStatuses(target.page)).toEqual(UNREVIEWED);
    await target.page.getByLabel('Import session').setInputFiles(sessionPath);
    const dialog = target.page.getByRole('dialog', { name: 'Import review session?' });
    await dialog.waitFor();
    expect(await dialog.locator('p').allTextContents()).toEqual([
      'swapset-session.json was made for the loaded archives (shop-main.zip).',
      'It holds 3 entries and sets mode builtins, seed 42.',
    ]);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => noticeText(target.page)).toBe('Imported 3 entries from swapset-session.json.');
    await expectReviewed(target.page);

    // The import is saved like any review.
    await target.page.reload();
    await loadZip(target.page, shopZip);
    await expectReviewed(target.page);
    expect([...source.errors, ...target.errors]).toEqual([]);
    await source.page.context().close();
    await target.page.context().close();
  });

  it('import names archives that do not match', async () => {
    const source = await openApp(browser, server.origin);
    await loadZip(source.page, shopZip);
    await review(source.page);
    const sessionPath = join(folder, 'mismatch-session.json');
    await (await downloadFrom(source.page, 'Export session', 'swapset-session.json')).saveAs(sessionPath);

    const target = await openApp(browser, server.origin);
    await loadZip(target.page, twiceZip);
    await target.page.getByLabel('Import session').setInputFiles(sessionPath);
    const dialog = target.page.getByRole('dialog', { name: 'Import review session?' });
    await dialog.waitFor();
    expect(await dialog.locator('p').first().textContent()).toBe(
      'mismatch-session.json does not match the loaded archives. Its decisions apply only to examples of archives with the same name and SHA-256.',
    );
    expect(await dialog.getByRole('list', { name: 'Differences' }).getByRole('listitem').allTextContents()).toEqual([
      `Missing here: shop-main.zip (SHA-256 ${await sha256Of(shopZip)})`,
      `Loaded but not in the file: twice-main.zip (SHA-256 ${await sha256Of(twiceZip)})`,
    ]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await target.page.locator('.review-progress-text').textContent()).toBe('Reviewed 0 of 7');
    expect(await target.page.locator('.session-banner').count()).toBe(0);

    // A file that is not a session is named with the fault, and nothing changes.
    const notSession = join(folder, 'notes.json');
    await writeFile(notSession, '{"format": "something-else"}');
    await target.page.getByLabel('Import session').setInputFiles(notSession);
    await expect.poll(() => target.page.locator('.session-banner .is-warning span').textContent()).toBe(
      'notes.json is not a Swapset session file: its format is "something-else", expected "swapset-review-session".',
    );
    expect([...source.errors, ...target.errors]).toEqual([]);
    await source.page.context().close();
    await target.page.context().close();
  });
});

describe('the write journal', () => {
  it('replays an entry IndexedDB never committed', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await loadZip(page, shopZip);

    // What persistEntry journals before its transaction, as if the tab had closed before the commit.
    const sha256 = await sha256Of(shopZip);
    const subtotal = examples.get('subtotal')!;
    const record = {
      sequence: 1,
      session: {
        key: sha256,
        archives: [{ name: 'shop-main.zip', sha256 }],
        settings: {
          options: { mode: 'builtins', seed: 42, maxTokens: 200 },
          selection: { maxExamples: null, perArchive: null, dedup: true },
          acceptedOnly: false,
        },
        updatedAt: 1,
      },
      pairing: 'builtins:42',
      id: subtotal.id,
      entry: { status: 'rejected', reason: 'licence', note: '', swap: null, swapChosenBy: null },
    };
    await page.evaluate((journal) => localStorage.setItem('swapset-journal-v1', journal), JSON.stringify([record]));

    await page.reload();
    await loadZip(page, shopZip);
    await expect.poll(() => noticeText(page)).toBe('Restored your saved review of shop-main.zip: 1 decision.');
    expect((await listStatuses(page)).filter(([, status]) => status !== 'unreviewed')).toEqual([['subtotal', 'rejected']]);
    expect(await page.evaluate(() => localStorage.getItem('swapset-journal-v1'))).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('settings', () => {
  it('are saved and restored after a reload', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dataset settings' });
    await dialog.getByLabel('Seed', { exact: true }).fill('7');
    await dialog.getByLabel('Maximum examples', { exact: true }).fill('5');
    await dialog.getByRole('checkbox', { name: /^Accepted only/ }).check();
    await dialog.getByRole('button', { name: 'Apply' }).click();

    // An invalid number is named and nothing is applied.
    await page.getByRole('button', { name: 'Settings' }).click();
    await dialog.getByLabel('Per-archive cap', { exact: true }).fill('ten');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    expect(await dialog.locator('#setting-perArchive-hint').textContent()).toBe('Per-archive cap must be a whole number, or empty for no limit.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.reload();
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect.poll(() => dialog.getByLabel('Seed', { exact: true }).inputValue()).toBe('7');
    expect(await dialog.getByLabel('Maximum examples', { exact: true }).inputValue()).toBe('5');
    expect(await dialog.getByLabel('Per-archive cap', { exact: true }).inputValue()).toBe('');
    expect(await dialog.getByRole('checkbox', { name: /^Accepted only/ }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await loadZip(page, shopZip);
    expect(await page.locator('[data-count="examples"]').textContent()).toBe('Examples: 5');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a saved session', () => {
  it('brings back its own settings', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await loadZip(page, shopZip);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dataset settings' });
    await dialog.getByLabel('Seed', { exact: true }).fill('9');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await page.locator('.app[data-state="done"]').waitFor();
    await editorReady(page);
    await page.keyboard.press('a');
    await expect.poll(() => page.locator('.review-progress-text').textContent()).toBe('Reviewed 1 of 7');

    // Another archive with the default seed, then the first one again.
    await loadZip(page, twiceZip);
    await page.getByRole('button', { name: 'Settings' }).click();
    await dialog.getByLabel('Seed', { exact: true }).fill('42');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await page.locator('.app[data-state="done"]').waitFor();

    await loadZip(page, shopZip);
    await expect.poll(() => noticeText(page)).toBe(
      'Restored your saved review of shop-main.zip: 1 decision. The settings saved with shop-main.zip are in force again (mode builtins, seed 9).',
    );
    expect(await page.locator('.review-progress-text').textContent()).toBe('Reviewed 1 of 7');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
