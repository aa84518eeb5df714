import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDataset, selectFromBuild } from '../../src/core/build';
import { reswap } from '../../src/core/example';
import { buildExportFiles, buildExportZip, type ExportInput } from '../../src/core/export';
import { detectLicence, isLicenceFile } from '../../src/core/licence';
import { DEFAULT_SELECTION } from '../../src/core/select';
import { DEFAULT_OPTIONS } from '../../src/core/types';
import { SWAPSET_VERSION } from '../../src/core/version';
import { checkerPath } from '../helpers/checker';
import { pythonParser } from '../helpers/extract';
import { zipFixture } from '../helpers/zip';

const run = promisify(execFile);
const MIT = 'MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\nof this software';

async function shopExport(decisions: ExportInput['decisions'] = {}, acceptedOnly = false): Promise<ExportInput> {
  const bytes = await zipFixture('shop', 'shop-main', { LICENSE: MIT });
  const result = await buildDataset(await pythonParser(), [{ name: 'shop-main.zip', bytes }], DEFAULT_OPTIONS);
  const { examples, counts } = selectFromBuild(result, DEFAULT_SELECTION, DEFAULT_OPTIONS.seed);
  return { examples, decisions, options: DEFAULT_OPTIONS, selection: DEFAULT_SELECTION, acceptedOnly, archives: result.archives, counts };
}

describe('buildExportFiles', () => {
  it('writes the manifest with settings, sources and counts', async () => {
    const input = await shopExport();
    const manifest = JSON.parse(buildExportFiles(input)['manifest.json']);
    expect(manifest.swapset_version).toBe(SWAPSET_VERSION);
    expect(manifest.settings).toEqual({ mode: 'builtins', seed: 42, max_tokens: 200, max_examples: null, per_archive: null, dedup: true, accepted_only: false });
    expect(manifest.archives).toEqual([
      {
        name: 'shop-main.zip',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        python_files: 3,
        files_with_problems: 0,
        licence: 'MIT',
        licence_file: 'shop-main/LICENSE',
      },
    ]);
    expect(manifest.counts).toEqual({
      functions_seen: 11,
      eligible: 7,
      skipped: { async: 1, 'few-swappable': 1, 'no-docstring': 1, 'not-python-3': 1 },
      duplicates_removed: 0,
      over_archive_cap: 0,
      over_max_examples: 0,
      examples: 7,
      accepted: 0,
      rejected: 0,
      unreviewed: 7,
      exported: 7,
    });
  });

  it('splits rejected examples out with their reasons', async () => {
    const plain = await shopExport();
    const [first, second, third] = plain.examples;
    const input = await shopExport({
      [first.id]: { status: 'rejected', reason: 'trivial', note: 'one-liner', swap: null, swapChosenBy: null },
      [second.id]: { status: 'accepted', reason: null, note: '', swap: null, swapChosenBy: null },
    });
    const files = buildExportFiles(input);
    const rejected = files['rejected.jsonl'].trim().split('\n').map((line) => JSON.parse(line));
    expect(rejected.map((row) => [row.id, row.review])).toEqual([
      [first.id, { status: 'rejected', reason: 'trivial', note: 'one-liner', swap_chosen_by: 'seed' }],
    ]);
    const kept = files['dataset.jsonl'].trim().split('\n').map((line) => JSON.parse(line));
    expect(kept).toHaveLength(6);
    expect(kept[0].review).toEqual({ status: 'accepted', reason: null, note: '', swap_chosen_by: 'seed' });
    expect(kept[1].id).toBe(third.id);
    expect(kept[1].review.status).toBe('unreviewed');
    expect(JSON.parse(files['manifest.json']).counts).toMatchObject({ accepted: 1, rejected: 1, unreviewed: 5, exported: 6 });

    const acceptedOnly = buildExportFiles({ ...input, acceptedOnly: true });
    expect(acceptedOnly['dataset.jsonl'].trim().split('\n').map((line) => JSON.parse(line).id)).toEqual([second.id]);
  });

  it('exports a pair chosen in review', async () => {
    const plain = await shopExport();
    const target = plain.examples.find((example) => Object.keys(example.candidates).length > 2)!;
    const other = Object.keys(target.candidates).find((name) => !target.swap.includes(name))!;
    const pair: [string, string] = [target.swap[0], other];
    const files = buildExportFiles(await shopExport({ [target.id]: { status: 'accepted', reason: null, note: '', swap: pair, swapChosenBy: 'hand' } }));
    const row = files['dataset.jsonl'].trim().split('\n').map((line) => JSON.parse(line)).find((item) => item.id === target.id);
    expect(row.swap).toEqual(pair);
    expect(row.prompt.split('\n')[0]).toBe(`${pair[0]}, ${pair[1]} = ${pair[1]}, ${pair[0]}`);
    expect(row.classes).toEqual(reswap(target, pair).classes);
    expect(row.review.swap_chosen_by).toBe('hand');
  });

  it('writes a data card with counts, pairs and licences', async () => {
    const card = buildExportFiles(await shopExport())['README.md'];
    expect(card).toContain(`Built with Swapset ${SWAPSET_VERSION}. Each example swaps two Python builtins called in the function.`);
    expect(card).toContain('| top-level functions seen | 11 |');
    expect(card).toContain('| exported | 7 |');
    expect(card).toMatch(/\| shop-main\.zip \| `[0-9a-f]{64}` \| 3 \| MIT \(shop-main\/LICENSE\) \|/);
    expect(card).toContain('| pair | examples |');
  });
});

describe('buildExportZip', () => {
  it('gives the same bytes for the same input', async () => {
    const input = await shopExport();
    expect(await buildExportZip(input)).toEqual(await buildExportZip(input));
  });

  it('passes the checker, CSV and JSONL alike', async () => {
    const input = await shopExport();
    const folder = await mkdtemp(join(tmpdir(), 'swapset-export-'));
    const exportPath = join(folder, 'export.zip');
    const sourcePath = join(folder, 'shop-main.zip');
    await writeFile(exportPath, await buildExportZip(input));
    await writeFile(sourcePath, await zipFixture('shop', 'shop-main'));
    const names = Object.keys((await JSZip.loadAsync(readFileSync(exportPath))).files);
    expect(names).toEqual(['dataset.jsonl', 'dataset.csv', 'rejected.jsonl', 'manifest.json', 'README.md']);
    const { stdout } = await run('python3', [checkerPath(), '--zip', exportPath, '--sources', sourcePath]);
    expect(stdout.trim().split('\n').pop()).toBe('checked 7 examples: 0 faulty, 0 warnings');
  });
});

describe('licences', () => {
  it('finds licence files at the top of an archive', () => {
    expect(isLicenceFile('repo-main/LICENSE')).toBe(true);
    expect(isLicenceFile('repo-main/COPYING.txt')).toBe(true);
    expect(isLicenceFile('LICENCE.md')).toBe(true);
    expect(isLicenceFile('repo-main/vendor/LICENSE')).toBe(false);
    expect(isLicenceFile('repo-main/licenses.py')).toBe(false);
  });

  it('names common licences', () => {
    expect(detectLicence(MIT)).toBe('MIT');
    expect(detectLicence('Apache License\n  Version 2.0, January 2004')).toBe('Apache-2.0');
    expect(detectLicence('GNU GENERAL PUBLIC LICENSE\n Version 3, 29 June 2007')).toBe('GPL-3.0');
    expect(detectLicence('Redistributions in binary form must reproduce ... Neither the name of Acme nor the names of its')).toBe('BSD-3-Clause');
    expect(detectLicence('All rights reserved.')).toBe('unknown');
  });
});

describe('SWAPSET_VERSION', () => {
  it('matches package.json', () => {
    const packageJson = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'));
    expect(SWAPSET_VERSION).toBe(packageJson.version);
  });
});
