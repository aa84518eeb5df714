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
  it('turns a dropped zip into the CLI dataset and drops rejected examples', async () => {
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
    await expect.poll(() => page.locator('[data-count="rejected"]').textContent()).toBe('Rejected: 1');
    await expect.poll(() => page.getByRole('button', { name: 'Restore' }).count()).toBe(1);

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

  it('downloads a repeated function once, as the CLI does', async () => {
    const { page, errors } = await openApp();
    const twiceZip = join(folder, 'twice-main.zip');
    const cart = await readFile(join(ROOT, 'tests/fixtures/shop/shop/cart.py'));
    await writeFile(twiceZip, await zipFixture('shop', 'twice-main', { 'copy/cart.py': cart }));
    await loadZip(page, twiceZip);

    await expect.poll(() => page.locator('[data-count="examples"]').textContent()).toBe('Examples: 10');
    await expect.poll(() => page.locator('[data-count="repeated"]').textContent()).toBe('Left out as repeated: 3');
    expect(await download(page)).toBe(await buildWithCli(twiceZip, 'twice.jsonl'));
    expect(await download(page, 'Download CSV', 'swapset.csv')).toBe(await buildWithCli(twiceZip, 'twice.csv'));

    expect(errors).toEqual([]);
    await page.close();
  });
});
