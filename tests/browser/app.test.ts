import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium';
import { serveFolder, type StaticServer } from '../helpers/server';
import { zipFixture } from '../helpers/zip';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let server: StaticServer;
let browser: Browser;
let folder: string;
let zipPath: string;
let cliJsonl: string;
let cliCsv: string;

beforeAll(async () => {
  server = await serveFolder(join(ROOT, 'dist'));
  browser = await launchChromium();
  folder = await mkdtemp(join(tmpdir(), 'swapset-browser-'));
  zipPath = join(folder, 'shop-main.zip');
  await writeFile(zipPath, await zipFixture('shop', 'shop-main'));
  cliJsonl = await buildWithCli(zipPath, 'cli.jsonl');
  cliCsv = await buildWithCli(zipPath, 'cli.csv');
});

/** Run the CLI on `input` and return what it wrote to `outName`, whose extension picks the format. */
async function buildWithCli(input: string, outName: string): Promise<string> {
  const out = join(folder, outName);
  await run('node', [join(ROOT, 'bin/swapset.mjs'), 'build', input, '--out', out], { cwd: ROOT });
  return readFile(out, 'utf8');
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Open the app and record every request URL and console error. */
async function openApp(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/index.html`);
  return { page, requests, errors };
}

/** Press a download button and return the saved file's text, checking its name. */
async function download(page: Page, button = 'Download JSONL', fileName = 'swapset.jsonl'): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  expect(file.suggestedFilename()).toBe(fileName);
  return readFile((await file.path())!, 'utf8');
}

/** Load a zip through the file picker and wait until it is parsed. */
async function loadZip(page: Page, path = zipPath): Promise<void> {
  await page.getByLabel('Choose .zip or .py files').setInputFiles(path);
  await page.locator('.app[data-state="done"]').waitFor();
}

function outsideRequests(requests: string[]): string[] {
  return requests.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
}

describe('the page', () => {
  it('parses on helper workers exactly as the CLI does', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    // Four cores: the parse worker and two helpers parse, one core is left to the page.
    await page.addInitScript(() => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 4 }));
    await page.goto(`${server.origin}/index.html`);
    await page.locator('.app[data-ready="true"]').waitFor();
    const cdp = await page.context().newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    expect(targetInfos.filter((target) => target.type === 'worker' && target.url.includes('extract.worker'))).toHaveLength(2);

    await loadZip(page);
    expect(await download(page)).toBe(cliJsonl);
    await page.close();
  });

  it('turns a dropped zip into the CLI dataset and leaves rejected examples out', async () => {
    const { page, requests, errors } = await openApp();
    await page.getByLabel('Choose .zip or .py files').setInputFiles(zipPath);
    await page.locator('.app[data-state="done"]').waitFor();

    await expect.poll(() => page.locator('[data-count="examples"]').textContent()).toBe('Examples: 7');
    await expect.poll(() => page.locator('[data-count="problems"]').textContent()).toBe('Files with problems: 0');
    expect(await download(page)).toBe(cliJsonl);

    const options = page.getByRole('listbox', { name: 'Examples' }).getByRole('option');
    await options.first().click();
    await page.keyboard.press('j');
    const selected = page.locator('[role="option"][aria-selected="true"]');
    const rejectedId = await selected.getAttribute('data-example-id');
    expect(rejectedId).toBe(JSON.parse(cliJsonl.split('\n')[1]).id);
    await page.locator('.monaco-editor .view-lines').first().waitFor();
    await page.keyboard.press('x');
    await expect.poll(() => page.locator('.review-progress-text').textContent()).toBe('Reviewed 1 of 7');
    expect(await page.locator(`[data-example-id="${rejectedId}"]`).first().getAttribute('data-status')).toBe('rejected');

    const expected = cliJsonl.split('\n').filter((line) => line !== '' && JSON.parse(line).id !== rejectedId);
    const lines = (await download(page)).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(6);
    lines.forEach((line, index) => expect(line).toBe(expected[index]));

    expect(outsideRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights the swapped identifiers of the sample', async () => {
    const { page, requests, errors } = await openApp();
    await page.getByRole('button', { name: 'Load sample' }).click();
    await page.locator('.app[data-state="done"]').waitFor();
    await page.getByRole('listbox', { name: 'Examples' }).getByRole('option').first().click();
    await page.locator('.monaco-editor .view-lines').first().waitFor();

    const first = page.locator('.swap-highlight.swap-first');
    const second = page.locator('.swap-highlight.swap-second');
    await expect.poll(() => first.count()).toBeGreaterThan(0);
    await expect.poll(() => second.count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(folder, 'sample.png') });

    expect(outsideRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names a file that is not a zip and goes on', async () => {
    const { page } = await openApp();
    const notZip = join(folder, 'notes.zip');
    await writeFile(notZip, 'plain text');
    await page.getByLabel('Choose .zip or .py files').setInputFiles([notZip, zipPath]);
    await page.locator('.app[data-state="done"]').waitFor();
    await expect.poll(() => page.locator('[data-count="examples"]').textContent()).toBe('Examples: 7');
    await expect.poll(() => page.locator('[data-count="problems"]').textContent()).toBe('Files with problems: 1');
    await expect
      .poll(() => page.getByText('notes.zip is not a readable zip file (no end-of-central-directory record).').count())
      .toBe(1);
    await page.close();
  });

  it('keeps only the second of two quick drops', async () => {
    const { page, errors } = await openApp();
    // A corpus large enough to still be parsing when the second drop comes.
    const large: Record<string, string> = {};
    const module = await readFile(join(ROOT, 'tests/fixtures/shop/shop/cart.py'), 'utf8');
    for (let index = 0; index < 400; index++) large[`copy_${index}/cart.py`] = module.replace(/def (\w+)/g, `def $1_${index}`);
    const largePath = join(folder, 'large-main.zip');
    await writeFile(largePath, await zipFixture('shop', 'large-main', large));

    await page.getByLabel('Choose .zip or .py files').setInputFiles(largePath);
    await page.getByLabel('Choose .zip or .py files').setInputFiles(zipPath);
    await page.locator('.app[data-state="done"]').waitFor();
    await expect.poll(() => page.locator('[data-count="examples"]').textContent()).toBe('Examples: 7');
    expect(await download(page)).toBe(cliJsonl);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the CLI CSV for the same zip', async () => {
    const { page, errors } = await openApp();
    const button = page.getByRole('button', { name: 'Download CSV' });
    expect(await button.isDisabled()).toBe(true);

    await loadZip(page);
    expect(await button.isDisabled()).toBe(false);
    const csv = await download(page, 'Download CSV', 'swapset.csv');
    expect(csv.startsWith('prompt,classes,answer_index\r\n')).toBe(true);
    expect(csv).toBe(cliCsv);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains every skipped function', async () => {
    const { page, errors } = await openApp();
    await loadZip(page);
    await expect.poll(() => page.locator('.job-status').textContent()).toBe('Parsed 3 files, 11 top-level functions.');

    const examplesTab = page.getByRole('tab', { name: 'Examples (7)' });
    const skippedTab = page.getByRole('tab', { name: 'Skipped (4)' });
    expect(await examplesTab.getAttribute('aria-selected')).toBe('true');
    await skippedTab.click();
    expect(await skippedTab.getAttribute('aria-selected')).toBe('true');

    const reasons = page.getByRole('list', { name: 'Filter by reason' }).getByRole('button');
    expect(await reasons.allTextContents()).toEqual([
      'All reasons 4',
      'Async function 1',
      'Fewer than two swappable builtins 1',
      'No docstring 1',
      'Not valid Python 3 1',
    ]);

    const rows = page.getByRole('listbox', { name: 'Skipped functions' }).getByRole('option');
    const expected = [
      [
        'shout',
        'Not valid Python 3',
        'shop-main/scripts/legacy.py:1',
        'shout is not valid Python 3: it contains a Python 2 print statement.',
      ],
      [
        'cheapest',
        'Fewer than two swappable builtins',
        'shop-main/shop/cart.py:29',
        'cheapest has fewer than two builtins that can be swapped; refused: len (used in decorators, defaults or annotations).',
      ],
      ['_count', 'No docstring', 'shop-main/shop/cart.py:34', '_count has no docstring.'],
      ['stream', 'Async function', 'shop-main/shop/report.py:30', 'stream is an async function.'],
    ];
    expect(await rows.count()).toBe(expected.length);
    for (const [index, [name, reason, location, detail]] of expected.entries()) {
      const row = rows.nth(index);
      expect(await row.locator('.example-function').textContent()).toBe(name);
      expect(await row.locator('.skipped-reason').textContent()).toBe(reason);
      expect(await row.locator('.example-location').textContent()).toBe(location);
      expect(await row.locator('.skipped-detail').textContent()).toBe(detail);
    }

    // The first function is selected at first, and J moves to the next one.
    const view = page.getByRole('region', { name: 'Selected skipped function' });
    expect(await view.locator('h2').textContent()).toBe('shout');
    await page.keyboard.press('j');
    await expect.poll(() => view.locator('h2').textContent()).toBe('cheapest');
    expect(await view.locator('.skipped-detail-full').textContent()).toBe(expected[1][3]);
    expect(await view.locator('.example-location').textContent()).toBe('shop-main.zip › shop-main/shop/cart.py:29');

    // A reason filters the list, and pressing it again lists every function.
    const noDocstring = page.getByRole('button', { name: 'No docstring 1' });
    await noDocstring.click();
    expect(await noDocstring.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator('.example-function').textContent()).toBe('_count');
    await expect.poll(() => view.locator('.skipped-detail-full').textContent()).toBe('_count has no docstring.');
    await noDocstring.click();
    expect(await noDocstring.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => rows.count()).toBe(4);

    // The arrow keys move between the tabs.
    await skippedTab.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => examplesTab.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByRole('listbox', { name: 'Examples' }).getByRole('option').count()).toBe(7);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the warnings of an example', async () => {
    const { page, errors } = await openApp();
    const starZip = join(folder, 'star-main.zip');
    const starModule = [
      'from helpers import *',
      '',
      '',
      'def label(item):',
      '    """Label an item with its length."""',
      '    return str(item) + ":" + str(len(item))',
      '',
    ].join('\n');
    await writeFile(starZip, await zipFixture('shop', 'star-main', { 'shop/star.py': starModule }));
    await loadZip(page, starZip);

    const rows = page.getByRole('listbox', { name: 'Examples' }).getByRole('option');
    await expect.poll(() => rows.count()).toBe(8);
    const marked = rows.filter({ has: page.locator('.warning-marker') });
    expect(await marked.count()).toBe(1);
    expect(await marked.locator('.example-function').textContent()).toBe('label');
    expect(await marked.locator('.warning-marker').getAttribute('title')).toBe('1 warning');

    await marked.click();
    const warnings = page.getByRole('list', { name: 'Warnings' }).getByRole('listitem');
    await expect.poll(() => warnings.count()).toBe(1);
    expect(await warnings.first().textContent()).toBe(
      'Warning: star-main/shop/star.py has "from helpers import *", which may rebind len or str.',
    );

    // An example without warnings shows no warning list.
    await rows.first().click();
    await expect.poll(() => page.getByRole('list', { name: 'Warnings' }).count()).toBe(0);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads a repeated function once, as the CLI does', async () => {
    const { page, errors } = await openApp();
    const twiceZip = join(folder, 'twice-main.zip');
    const cart = await readFile(join(ROOT, 'tests/fixtures/shop/shop/cart.py'));
    await writeFile(twiceZip, await zipFixture('shop', 'twice-main', { 'copy/cart.py': cart }));
    await loadZip(page, twiceZip);

    // Ten functions, three of them copies: the list and the downloads hold seven.
    await expect.poll(() => page.locator('[data-count="examples"]').textContent()).toBe('Examples: 7');
    await expect.poll(() => page.locator('[data-count="repeated"]').textContent()).toBe('Left out as repeated: 3');
    expect(await download(page)).toBe(await buildWithCli(twiceZip, 'twice.jsonl'));
    expect(await download(page, 'Download CSV', 'swapset.csv')).toBe(await buildWithCli(twiceZip, 'twice.csv'));

    expect(errors).toEqual([]);
    await page.close();
  });
});
