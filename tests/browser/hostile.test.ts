import { join } from 'node:path';
import { crc32, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium';
import { serveFolder, type StaticServer } from '../helpers/server';
import { writeRawZip, zipFixture } from '../helpers/zip';
import { downloadBytes, editorReady, listStatuses, openApp, ROOT } from './page';

// Every hostile input is built here from bytes. Each Python file contains a
// function that would become an example if the page read it, so the list of
// examples shows which files were read and which were not.

/** Return a module whose function calls two builtins, so that it becomes an example when read. */
function makeModule(name: string): string {
  return `def ${name}(items):\n    """Doc."""\n    print(len(items))\n`;
}

/** Return a module with an é in a string literal, as latin-1 bytes. */
function makeLatinModule(name: string, codingLine = ''): Buffer {
  return Buffer.from(`${codingLine}def ${name}(text):\n    """Doc."""\n    print(len(text), "é")\n`, 'latin1');
}

/** Wrap bytes as a file for the file picker. */
function filePayload(name: string, bytes: Buffer | string) {
  return { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) };
}

const HOSTILE_ARCHIVE = writeRawZip([
  { name: 'hostile-main/good.py', data: makeModule('tally') },
  { name: '../escape.py', data: makeModule('climb') },
  { name: '/abs/root.py', data: makeModule('rooted') },
  { name: 'hostile-main\\pkg\\win.py', data: makeModule('windows') },
  { name: 'hostile-main/twice.py', data: makeModule('first_copy') },
  { name: 'hostile-main/twice.py', data: makeModule('second_copy') },
  { name: 'hostile-main/link.py', data: 'good.py', mode: 0o120777 },
  { name: 'hostile-main/pkg.py/' },
  { name: 'hostile-main/pkg.py/inner.py', data: makeModule('inner') },
  { name: 'hostile-main/nul.py', data: `${makeModule('nul_padded')}\0` },
  { name: 'hostile-main/latin.py', data: makeLatinModule('undeclared') },
  { name: 'hostile-main/coded.py', data: makeLatinModule('accented', '# -*- coding: latin-1 -*-\n') },
  { name: 'hostile-main/secret.py', data: makeModule('secret'), flags: 1 },
  { name: 'hostile-main/inner.zip', data: writeRawZip([{ name: 'nested.py', data: makeModule('nested') }]) },
  // Declared 1 byte over the 64 MiB limit for one file, though the data is small.
  { name: 'hostile-main/huge.py', data: makeModule('huge'), size: 64 * 2 ** 20 + 1 },
  // 200 kB that deflate to a few hundred bytes, declared as 100 bytes.
  { name: 'hostile-main/bomb.py', data: `${makeModule('bomb')}# ${'a'.repeat(200_000)}\n`, deflate: true, size: 100 },
  { name: 'hostile-main/damaged.py', data: makeModule('damaged'), crc: (crc32(makeModule('damaged')) ^ 1) >>> 0 },
  // Bytes after the end of the deflate data: browsers and the CLI's zlib both reject the entry.
  { name: 'hostile-main/padded.py', data: makeModule('padded'), deflate: true, trailing: [0, 0, 0] },
]);

const INTACT_ARCHIVE = writeRawZip([{ name: 'repo/cut.py', data: makeModule('cut') }]);
const TRUNCATED_ARCHIVE = INTACT_ARCHIVE.subarray(0, INTACT_ARCHIVE.length / 2);
// The end record's central directory offset, 16 bytes into it, now points at the local header.
const MISPLACED_DIRECTORY = Buffer.from(INTACT_ARCHIVE);
MISPLACED_DIRECTORY.writeUInt32LE(0, MISPLACED_DIRECTORY.length - 22 + 16);

/** One group of the problem list as its heading and a [title, sentence] pair per problem, in page order. */
type ProblemGroupRows = [string, Array<[string, string]>];

// The problem groups of HOSTILE_ARCHIVE and TRUNCATED_ARCHIVE, as the page lists them.
const HOSTILE_ARCHIVE_PROBLEMS: ProblemGroupRows = [
  'hostile-main.zip (10)',
  [
    [
      'hostile-main/bomb.py',
      'hostile-main/bomb.py in hostile-main.zip could not be unpacked (it unpacks to more than its recorded size or the size limit); it was skipped.',
    ],
    ['hostile-main/damaged.py', 'hostile-main/damaged.py in hostile-main.zip is corrupt (its size or CRC-32 does not match); it was skipped.'],
    ['hostile-main/huge.py', 'hostile-main/huge.py in hostile-main.zip is larger than the 64 MiB limit for one file; it was skipped.'],
    ['hostile-main/inner.zip', 'hostile-main/inner.zip in hostile-main.zip was skipped: archives inside archives are not read.'],
    [
      'hostile-main/latin.py',
      'hostile-main/latin.py in hostile-main.zip is not valid UTF-8 and declares no other encoding (PEP 263 coding line).',
    ],
    ['hostile-main/link.py', 'hostile-main/link.py in hostile-main.zip is a symbolic link; it was skipped.'],
    ['hostile-main/nul.py', 'hostile-main/nul.py in hostile-main.zip contains NUL bytes, so it is not a Python source file.'],
    [
      'hostile-main/padded.py',
      'hostile-main/padded.py in hostile-main.zip could not be unpacked (its compressed data is corrupt); it was skipped.',
    ],
    [
      'hostile-main/secret.py',
      'hostile-main/secret.py in hostile-main.zip could not be unpacked (it is encrypted, which is not supported); it was skipped.',
    ],
    ['hostile-main/twice.py', 'hostile-main/twice.py appears more than once in hostile-main.zip; only its first copy was read.'],
  ],
];
const TRUNCATED_ARCHIVE_PROBLEMS: ProblemGroupRows = [
  'truncated.zip (1)',
  [['truncated.zip', 'truncated.zip is not a readable zip file (no end-of-central-directory record).']],
];

let server: StaticServer;
let browser: Browser;
let shopArchive: Buffer;

beforeAll(async () => {
  server = await serveFolder(join(ROOT, 'dist'));
  browser = await launchChromium();
  shopArchive = Buffer.from(await zipFixture('shop', 'shop-main'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Choose files in the file picker and wait until the page has read them. */
async function drop(page: Page, files: Array<ReturnType<typeof filePayload>>): Promise<void> {
  await page.getByLabel('Choose .zip or .py files').setInputFiles(files);
  await page.locator('.app[data-state="done"]').waitFor();
}

/**
 * Returns the groups of the problem list, in page order. Each group is read as the list whose
 * accessible name is a level-3 heading of the Problems region, so a list not named by its heading is missed.
 */
async function problemGroups(page: Page): Promise<ProblemGroupRows[]> {
  const region = page.getByRole('region', { name: /^Problems \(/ });
  const headings = await region.getByRole('heading', { level: 3 }).allTextContents();
  const groups: ProblemGroupRows[] = [];
  for (const heading of headings) {
    const rows = await region
      .getByRole('list', { name: heading, exact: true })
      .getByRole('listitem')
      .evaluateAll((items) => items.map((item) => [item.getAttribute('title')!, item.textContent!] as [string, string]));
    groups.push([heading, rows]);
  }
  return groups;
}

/** Returns each listed example as [function, archive: path:line]. */
function exampleRows(page: Page): Promise<Array<[string, string]>> {
  return page
    .getByRole('listbox', { name: 'Examples' })
    .getByRole('option')
    .evaluateAll((rows) => rows.map((row) => [row.querySelector('.example-function')!.textContent!, row.getAttribute('title')!] as [string, string]));
}

function noticeText(page: Page): Promise<string | null> {
  return page.locator('.session-banner [role="status"] span').textContent({ timeout: 2000 });
}

describe('hostile inputs', () => {
  it('are each named, the rest read', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await drop(page, [
      filePayload('hostile-main.zip', HOSTILE_ARCHIVE),
      filePayload('truncated.zip', TRUNCATED_ARCHIVE),
      filePayload('damaged.zip', MISPLACED_DIRECTORY),
      filePayload('blank.zip', ''),
      filePayload('<b>markup</b>.zip', ''),
      filePayload('empty.zip', writeRawZip([])),
      filePayload('docs.zip', writeRawZip([{ name: 'docs/readme.txt', data: 'hello' }])),
      filePayload('nested-only.zip', writeRawZip([{ name: 'inner.zip', data: INTACT_ARCHIVE }])),
      filePayload('packed.zip', gzipSync(makeModule('gzipped'))),
      filePayload('repo.tar.gz', gzipSync(makeModule('tarred'))),
      filePayload('legacy.py', makeLatinModule('legacy')),
      filePayload('tool.py', makeModule('tool')),
      filePayload('tool.py', makeModule('shadowed')),
      filePayload('shop-main.zip', shopArchive),
    ]);

    // Groups follow the input names, and in a group the problems of the whole input come first, then files by path.
    // The name with markup is shown as text, so the heading and the sentence keep its tags.
    await expect.poll(() => problemGroups(page)).toEqual([
      ['<b>markup</b>.zip (1)', [['<b>markup</b>.zip', '<b>markup</b>.zip is empty, so it is not a zip file.']]],
      ['blank.zip (1)', [['blank.zip', 'blank.zip is empty, so it is not a zip file.']]],
      ['damaged.zip (1)', [['damaged.zip', 'damaged.zip is not a readable zip file (its central directory is damaged at entry 1 of 1).']]],
      ['docs.zip (1)', [['docs.zip', 'docs.zip contains no Python files.']]],
      ['empty.zip (1)', [['empty.zip', 'empty.zip contains no Python files.']]],
      HOSTILE_ARCHIVE_PROBLEMS,
      ['legacy.py (1)', [['legacy.py', 'legacy.py is not valid UTF-8 and declares no other encoding (PEP 263 coding line).']]],
      [
        'nested-only.zip (2)',
        [
          ['nested-only.zip', 'nested-only.zip contains no readable Python files.'],
          ['inner.zip', 'inner.zip in nested-only.zip was skipped: archives inside archives are not read.'],
        ],
      ],
      ['packed.zip (1)', [['packed.zip', 'packed.zip is a gzip file, not a zip file: only .zip archives and .py files are read.']]],
      ['repo.tar.gz (1)', [['repo.tar.gz', 'repo.tar.gz was skipped: only .zip archives and .py files are read.']]],
      ['tool.py (1)', [['tool.py', 'tool.py was skipped: another input is also named tool.py; rename one of them.']]],
      TRUNCATED_ARCHIVE_PROBLEMS,
    ]);
    expect(await page.locator('#problems-heading').textContent()).toBe('Problems (22)');
    expect(await page.locator('[data-count="problems"]').textContent()).toBe('Files with problems: 22');

    // Names with .. or a leading slash are kept as stored, and backslashes become slashes.
    expect(await exampleRows(page)).toEqual([
      ['climb', 'hostile-main.zip: ../escape.py:1'],
      ['rooted', 'hostile-main.zip: /abs/root.py:1'],
      ['accented', 'hostile-main.zip: hostile-main/coded.py:2'],
      ['tally', 'hostile-main.zip: hostile-main/good.py:1'],
      ['inner', 'hostile-main.zip: hostile-main/pkg.py/inner.py:1'],
      ['windows', 'hostile-main.zip: hostile-main/pkg/win.py:1'],
      ['first_copy', 'hostile-main.zip: hostile-main/twice.py:1'],
      ['total', 'shop-main.zip: shop-main/scripts/legacy.py:7'],
      ['subtotal', 'shop-main.zip: shop-main/shop/cart.py:8'],
      ['describe', 'shop-main.zip: shop-main/shop/cart.py:14'],
      ['validate', 'shop-main.zip: shop-main/shop/cart.py:21'],
      ['render', 'shop-main.zip: shop-main/shop/report.py:6'],
      ['dump', 'shop-main.zip: shop-main/shop/report.py:16'],
      ['load', 'shop-main.zip: shop-main/shop/report.py:23'],
      ['tool', 'tool.py: tool.py:1'],
    ]);
    expect(await page.locator('.job-status').textContent()).toBe('Parsed 14 files, 19 top-level functions.');

    // The latin-1 file with a coding line is decoded, é included.
    const jsonl = (await downloadBytes(page, 'Download JSONL', 'swapset.jsonl')).toString('utf8');
    const accented = jsonl
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line))
      .find((example) => example.source.function === 'accented');
    expect(accented.classes[0]).toBe(' \n    print(len(text), "é")\n');

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keep an earlier decision', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await drop(page, [filePayload('shop-main.zip', shopArchive)]);
    await editorReady(page);
    await page.keyboard.press('x');
    await expect.poll(() => page.locator('.review-progress-text').textContent()).toBe('Reviewed 1 of 7');
    expect((await listStatuses(page))[0]).toEqual(['total', 'rejected']);

    // A drop replaces the loaded archives, so the review is saved and the notice names the archive to drop again.
    // The done state of the previous drop may still show when drop() returns, so the checks below poll.
    await drop(page, [filePayload('truncated.zip', TRUNCATED_ARCHIVE), filePayload('hostile-main.zip', HOSTILE_ARCHIVE)]);
    await expect.poll(() => noticeText(page)).toBe(
      'Your review of shop-main.zip is saved (1 decision). Drop shop-main.zip again to continue it.',
    );
    await expect.poll(() => problemGroups(page)).toEqual([HOSTILE_ARCHIVE_PROBLEMS, TRUNCATED_ARCHIVE_PROBLEMS]);
    await expect.poll(() => page.locator('[data-count="problems"]').textContent()).toBe('Files with problems: 11');
    await expect.poll(() => page.locator('[data-count="examples"]').textContent()).toBe('Examples: 7');

    await drop(page, [filePayload('shop-main.zip', shopArchive)]);
    await expect.poll(() => noticeText(page)).toBe('Restored your saved review of shop-main.zip: 1 decision.');
    await expect.poll(() => page.locator('.review-progress-text').textContent()).toBe('Reviewed 1 of 7');
    await expect.poll(async () => (await listStatuses(page))[0]).toEqual(['total', 'rejected']);
    await expect.poll(() => page.locator('section.problems').count()).toBe(0);

    expect(errors).toEqual([]);
    await page.context().close();
  });
});
