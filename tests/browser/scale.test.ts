import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium';
import { serveFolder, type StaticServer } from '../helpers/server';
import { downloadBytes, editorReady, loadZip, openApp, ROOT } from './page';

let server: StaticServer;
let browser: Browser;
let folder: string;

beforeAll(async () => {
  server = await serveFolder(join(ROOT, 'dist'));
  browser = await launchChromium();
  folder = await mkdtemp(join(tmpdir(), 'swapset-scale-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Zip `files` Python modules of `functions` functions each, written by `write`, under one top-level folder. */
async function writeZip(name: string, files: number, functions: number, write: (file: number, index: number) => string): Promise<string> {
  const zip = new JSZip();
  for (let file = 0; file < files; file++) {
    const parts: string[] = [];
    for (let index = 0; index < functions; index++) parts.push(write(file, index));
    zip.file(`${name}/pkg/module${file}.py`, parts.join('\n\n'));
  }
  const path = join(folder, `${name}.zip`);
  await writeFile(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return path;
}

/** Start recording main-thread tasks longer than 50 ms; `takeLongTasks` returns and clears them. */
async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
}

function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
}

describe('large inputs', () => {
  it('reviews and exports 50,000 examples', async () => {
    const zipPath = await writeZip('big-main', 500, 100, (file, index) =>
      [
        `def f${file}_${index}(items, key=None):`,
        `    """Summarise items ${index}."""`,
        '    total = sum(items)',
        '    print(len(items), total)',
        `    return sorted(items, key=key)[:${(index % 7) + 1}]`,
      ].join('\n'),
    );
    const { page, errors } = await openApp(browser, server.origin);
    await loadZip(page, zipPath);
    await editorReady(page);
    await expect.poll(() => page.locator('.review-progress-text').textContent()).toBe('Reviewed 0 of 50000');

    // Only the rows in view and a margin are in the DOM.
    const rows = page.getByRole('listbox', { name: 'Examples' }).getByRole('option');
    expect(await rows.count()).toBeLessThan(150);
    expect(await rows.first().getAttribute('aria-setsize')).toBe('50000');

    await recordLongTasks(page);
    for (let step = 0; step < 20; step++) await page.keyboard.press(step % 4 === 3 ? '2' : 'a');
    await expect.poll(() => page.locator('.review-progress-text').textContent()).toBe('Reviewed 20 of 50000');
    for (let step = 0; step < 10; step++) await page.keyboard.press('j');
    await page.getByRole('button', { name: 'Rejected 5' }).click();
    await expect.poll(() => rows.count()).toBe(5);
    await page.getByRole('button', { name: 'All 50000' }).click();
    await page.getByLabel('Search functions and paths').fill('module499');
    await expect.poll(() => rows.first().getAttribute('aria-setsize')).toBe('100');
    await page.getByLabel('Search functions and paths').fill('');

    const files = await JSZip.loadAsync(await downloadBytes(page, 'Download dataset', 'swapset-dataset.zip'));
    const manifest = JSON.parse(await files.file('manifest.json')!.async('string'));
    expect(manifest.counts).toMatchObject({ examples: 50000, accepted: 15, rejected: 5, exported: 49995 });

    // Reviewing, filtering and exporting never block the page for more than 100 ms at a time.
    expect((await takeLongTasks(page)).filter((duration) => duration > 100)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('reads a file of 130,000 functions', async () => {
    // More functions than a call can take arguments, so spreading them into push() would throw.
    const zipPath = await writeZip('many-main', 1, 130_000, (_file, index) => `def f${index}(): pass`);
    const { page, errors } = await openApp(browser, server.origin);
    await loadZip(page, zipPath);
    await expect.poll(() => page.locator('.job-status').textContent()).toBe('Parsed 1 file, 130000 top-level functions.');
    expect(await page.getByRole('tab', { name: 'Skipped (130000)' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
