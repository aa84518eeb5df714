import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { expect } from 'vitest';

// Helpers shared by the browser tests: open the built page, load inputs,
// read the list and save downloads.

export const run = promisify(execFile);
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A page of the app with every console error and page error it reported. */
export interface AppPage {
  page: Page;
  errors: string[];
}

/** Open the app in `context` (a new one when omitted) and record its errors. */
export async function openApp(browser: Browser, origin: string, context?: BrowserContext): Promise<AppPage> {
  const owner = context ?? (await browser.newContext({ acceptDownloads: true }));
  const page = await owner.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/index.html`);
  return { page, errors };
}

/** Load inputs through the file picker and wait until the dataset is selected. */
export async function loadZip(page: Page, paths: string | string[]): Promise<void> {
  await page.getByLabel('Choose .zip or .py files').setInputFiles(paths);
  await page.locator('.app[data-state="done"]').waitFor();
}

/** Press a button that downloads a file; returns the download after checking its name. */
export async function downloadFrom(page: Page, button: string, fileName: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  expect(file.suggestedFilename()).toBe(fileName);
  return file;
}

/** Press a button that downloads a file and return the file's bytes. */
export async function downloadBytes(page: Page, button: string, fileName: string): Promise<Buffer> {
  const file = await downloadFrom(page, button, fileName);
  return readFile((await file.path())!);
}

/** Returns the example rows of the list as [function, data-status] pairs, in list order. */
export async function listStatuses(page: Page): Promise<Array<[string, string]>> {
  return page
    .getByRole('listbox', { name: 'Examples' })
    .getByRole('option')
    .evaluateAll((rows) => rows.map((row) => [row.querySelector('.example-function')!.textContent!, row.getAttribute('data-status')!]));
}

/** The function name of the selected example, as the example view shows it. */
export function selectedFunction(page: Page): Promise<string | null> {
  return page.getByRole('region', { name: 'Selected example' }).locator('h2').textContent();
}

/** Wait for Monaco to show the selected example. */
export async function editorReady(page: Page): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/** Returns the SHA-256 of a file, as hex. */
export async function sha256Of(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}
