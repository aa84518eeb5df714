import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/build';
import { DEFAULT_OPTIONS, type ReviewExample } from '../../src/core/types';
import { nextRerollPair } from '../../src/state/entries';
import { launchChromium } from '../helpers/chromium';
import { pythonParser } from '../helpers/extract';
import { serveFolder, type StaticServer } from '../helpers/server';
import { zipFixture } from '../helpers/zip';
import { downloadBytes, editorReady, loadZip, openApp, ROOT, run, selectedFunction, sha256Of } from './page';
import { checkerPath } from '../helpers/checker';

let server: StaticServer;
let browser: Browser;
let folder: string;
let shopZip: string;
let twiceZip: string;
let toolsZip: string;
let examples: Map<string, ReviewExample>;

const MIT = 'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software';

// A module whose function calls three of its own top-level functions, for globals mode.
const TOOLS = [
  'def clean(text):',
  '    return text.strip()',
  '',
  '',
  'def split(text):',
  '    return text.split(",")',
  '',
  '',
  'def count(items):',
  '    return len(items)',
  '',
  '',
  'def summarise(text):',
  '    """Summarise comma-separated text."""',
  '    parts = split(clean(text))',
  '    return count(parts)',
  '',
].join('\n');

beforeAll(async () => {
  server = await serveFolder(join(ROOT, 'dist'));
  browser = await launchChromium();
  folder = await mkdtemp(join(tmpdir(), 'swapset-export-'));
  shopZip = join(folder, 'shop-main.zip');
  const bytes = await zipFixture('shop', 'shop-main', { LICENSE: MIT });
  await writeFile(shopZip, bytes);
  twiceZip = join(folder, 'twice-main.zip');
  const cart = await readFile(join(ROOT, 'tests/fixtures/shop/shop/cart.py'));
  await writeFile(twiceZip, await zipFixture('shop', 'twice-main', { 'copy/cart.py': cart }));
  toolsZip = join(folder, 'tools-main.zip');
  await writeFile(toolsZip, await zipFixture('shop', 'tools-main', { 'shop/tools.py': TOOLS }));
  const result = await buildDataset(await pythonParser(), [{ name: 'shop-main.zip', bytes }], DEFAULT_OPTIONS);
  examples = new Map(result.examples.map((example) => [example.source.function, example]));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Run the CLI on `inputs` with `flags` and return the bytes of `outName`, whose extension picks the format. */
async function cliOutput(inputs: string[], outName: string, flags: string[] = []): Promise<Buffer> {
  const out = join(folder, outName);
  await run('node', [join(ROOT, 'bin/swapset.mjs'), 'build', ...inputs, '--out', out, ...flags], { cwd: ROOT });
  return readFile(out);
}

/** Set the dataset settings through the Settings dialog and wait for the new dataset. */
async function applySettings(page: Page, fields: Record<string, string>, checks: Record<string, boolean> = {}, mode?: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dataset settings' });
  if (mode !== undefined) await dialog.getByRole('radio', { name: new RegExp(`^${mode}:`) }).check();
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value);
  for (const [label, checked] of Object.entries(checks)) await dialog.getByRole('checkbox', { name: label }).setChecked(checked);
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await page.locator('.app[data-state="done"]').waitFor();
}

/** Read every file of an export zip as text. */
async function unzipTexts(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const texts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) texts[name] = await zip.files[name].async('string');
  return texts;
}

function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

describe('Download dataset', () => {
  it('matches the CLI zip byte for byte', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await loadZip(page, shopZip);
    const bytes = await downloadBytes(page, 'Download dataset', 'swapset-dataset.zip');
    expect(bytes.equals(await cliOutput([shopZip], 'cli.zip'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('matches the CLI with other settings', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await loadZip(page, [twiceZip, shopZip]);
    await applySettings(page, { Seed: '7', 'Maximum tokens': '150', 'Maximum examples': '9', 'Per-archive cap': '6' }, { 'Remove repeated functions': false });
    const flags = ['--seed', '7', '--max-tokens', '150', '--max', '9', '--per-archive', '6', '--no-dedup'];
    await expect.poll(() => page.locator('[data-count="examples"]').textContent()).toBe('Examples: 9');
    const inputs = [twiceZip, shopZip];
    expect((await downloadBytes(page, 'Download dataset', 'swapset-dataset.zip')).equals(await cliOutput(inputs, 'flags.zip', flags))).toBe(true);
    expect((await downloadBytes(page, 'Download JSONL', 'swapset.jsonl')).equals(await cliOutput(inputs, 'flags.jsonl', flags))).toBe(true);
    expect((await downloadBytes(page, 'Download CSV', 'swapset.csv')).equals(await cliOutput(inputs, 'flags.csv', flags))).toBe(true);

    // Globals mode parses again and still matches.
    await loadZip(page, toolsZip);
    await applySettings(page, { Seed: '42', 'Maximum tokens': '200', 'Maximum examples': '', 'Per-archive cap': '' }, { 'Remove repeated functions': true }, 'Globals');
    const globals = await cliOutput([toolsZip], 'globals.zip', ['--mode', 'globals']);
    expect(JSON.parse((await unzipTexts(globals))['manifest.json']).counts.examples).toBeGreaterThan(0);
    expect((await downloadBytes(page, 'Download dataset', 'swapset-dataset.zip')).equals(globals)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports decisions, reasons, notes and chosen pairs', async () => {
    const { page, errors } = await openApp(browser, server.origin);
    await loadZip(page, shopZip);
    await editorReady(page);

    // Accept total, reject subtotal as trivial with a note, re-roll and accept describe, skip validate,
    // give render a pair by hand, reject dump without a reason, and leave load untouched.
    await page.keyboard.press('a');
    await page.keyboard.press('n');
    await page.keyboard.type('adds two numbers');
    await page.keyboard.press('Enter');
    await page.keyboard.press('1');
    await expect.poll(() => selectedFunction(page)).toBe('describe');
    await page.keyboard.press('r');
    await page.keyboard.press('a');
    await expect.poll(() => selectedFunction(page)).toBe('validate');
    await page.keyboard.press(' ');
    await expect.poll(() => selectedFunction(page)).toBe('render');
    await page.keyboard.press('p');
    const pairDialog = page.getByRole('dialog', { name: 'Choose the pair for render' });
    await pairDialog.getByLabel('First name').selectOption('print');
    await pairDialog.getByLabel('Second name').selectOption('repr');
    await pairDialog.getByRole('button', { name: 'Use this pair' }).click();
    await page.keyboard.press(' ');
    await expect.poll(() => selectedFunction(page)).toBe('dump');
    await page.keyboard.press('x');
    await expect.poll(() => page.locator('.review-progress-text').textContent()).toBe('Reviewed 4 of 7');

    const zipBytes = await downloadBytes(page, 'Download dataset', 'swapset-dataset.zip');
    const zipPath = join(folder, 'reviewed.zip');
    await writeFile(zipPath, zipBytes);
    const files = await unzipTexts(zipBytes);
    expect(Object.keys(files).sort()).toEqual(['README.md', 'dataset.csv', 'dataset.jsonl', 'manifest.json', 'rejected.jsonl']);

    const describe = examples.get('describe')!;
    const rerolled = nextRerollPair(describe, describe.swap)!;
    const kept = jsonLines(files['dataset.jsonl']);
    expect(kept.map((row) => [(row.source as { function: string }).function, row.swap, row.review])).toEqual([
      ['total', examples.get('total')!.swap, { status: 'accepted', reason: null, note: '', swap_chosen_by: 'seed' }],
      ['describe', rerolled, { status: 'accepted', reason: null, note: '', swap_chosen_by: 'reroll' }],
      ['validate', examples.get('validate')!.swap, { status: 'unreviewed', reason: null, note: '', swap_chosen_by: 'seed' }],
      ['render', ['print', 'repr'], { status: 'unreviewed', reason: null, note: '', swap_chosen_by: 'hand' }],
      ['load', examples.get('load')!.swap, { status: 'unreviewed', reason: null, note: '', swap_chosen_by: 'seed' }],
    ]);
    expect((kept[3].prompt as string).startsWith('print, repr = repr, print\ndef render(')).toBe(true);
    const rejected = jsonLines(files['rejected.jsonl']);
    expect(rejected.map((row) => [(row.source as { function: string }).function, row.review])).toEqual([
      ['subtotal', { status: 'rejected', reason: 'trivial', note: 'adds two numbers', swap_chosen_by: 'seed' }],
      ['dump', { status: 'rejected', reason: null, note: '', swap_chosen_by: 'seed' }],
    ]);

    const manifest = JSON.parse(files['manifest.json']);
    expect(manifest.settings).toEqual({ mode: 'builtins', seed: 42, max_tokens: 200, max_examples: null, per_archive: null, dedup: true, accepted_only: false });
    expect(manifest.archives).toEqual([
      { name: 'shop-main.zip', sha256: await sha256Of(shopZip), python_files: 3, files_with_problems: 0, licence: 'MIT', licence_file: 'shop-main/LICENSE' },
    ]);
    expect(manifest.counts).toMatchObject({ examples: 7, accepted: 2, rejected: 2, unreviewed: 3, exported: 5 });
    expect(files['README.md']).toContain('| accepted | 2 |\n| rejected | 2 |\n| unreviewed | 3 |\n| exported | 5 |');

    // The CSV, read back with Python's csv module and ast.literal_eval, contains the JSONL's rows.
    const readBack = [
      'import ast, csv, io, json, sys, zipfile',
      'text = zipfile.ZipFile(sys.argv[1]).read("dataset.csv").decode("utf-8")',
      'rows = list(csv.DictReader(io.StringIO(text, newline="")))',
      'print(json.dumps([[row["prompt"], ast.literal_eval(row["classes"]), int(row["answer_index"])] for row in rows]))',
    ].join('\n');
    const { stdout } = await run('python3', ['-c', readBack, zipPath]);
    expect(JSON.parse(stdout)).toEqual(kept.map((row) => [row.prompt, row.classes, row.answer_index]));

    // The independent checker finds no faulty example.
    const checked = await run('python3', [checkerPath(), '--zip', zipPath, '--sources', shopZip]);
    expect(checked.stdout.trim().split('\n').pop()).toMatch(/^checked 5 examples: 0 faulty, \d+ warnings$/);

    // JSONL and CSV hold the same examples, without the review fields.
    const jsonl = jsonLines((await downloadBytes(page, 'Download JSONL', 'swapset.jsonl')).toString('utf8'));
    expect(jsonl).toEqual(kept.map(({ review: _review, ...row }) => row));
    expect((await downloadBytes(page, 'Download CSV', 'swapset.csv')).toString('utf8')).toBe(files['dataset.csv']);

    // Accepted only leaves the unreviewed examples out.
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Dataset settings' });
    await settings.getByRole('checkbox', { name: /^Accepted only/ }).check();
    await settings.getByRole('button', { name: 'Apply' }).click();
    const acceptedOnly = await unzipTexts(await downloadBytes(page, 'Download dataset', 'swapset-dataset.zip'));
    expect(jsonLines(acceptedOnly['dataset.jsonl']).map((row) => (row.source as { function: string }).function)).toEqual(['total', 'describe']);
    expect(JSON.parse(acceptedOnly['manifest.json']).settings.accepted_only).toBe(true);
    expect(JSON.parse(acceptedOnly['manifest.json']).counts.exported).toBe(2);

    expect(errors).toEqual([]);
    await page.context().close();
  });
});
