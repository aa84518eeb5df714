import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/core/archive';
import { buildDataset } from '../../src/core/build';
import { toJsonl } from '../../src/core/dataset';
import { DEFAULT_OPTIONS } from '../../src/core/types';
import { pythonParser } from '../helpers/extract';
import { zipFixture } from '../helpers/zip';

async function buildShop(seed = DEFAULT_OPTIONS.seed) {
  const bytes = await zipFixture('shop', 'shop-main');
  return buildDataset(await pythonParser(), [{ name: 'shop-main.zip', bytes }], { ...DEFAULT_OPTIONS, seed });
}

describe('buildDataset', () => {
  it('builds examples from a repository zip', async () => {
    const result = await buildShop();
    expect(result.files).toBe(3);
    expect(result.functions).toBe(11);
    expect(result.problems).toEqual([]);
    expect(result.examples.map((example) => `${example.source.path}:${example.source.line} ${example.source.function}`)).toEqual([
      'shop-main/scripts/legacy.py:7 total',
      'shop-main/shop/cart.py:8 subtotal',
      'shop-main/shop/cart.py:14 describe',
      'shop-main/shop/cart.py:21 validate',
      'shop-main/shop/report.py:6 render',
      'shop-main/shop/report.py:16 dump',
      'shop-main/shop/report.py:23 load',
    ]);
  });

  it('explains every skipped function', async () => {
    const result = await buildShop();
    expect(result.skipped.map((skip) => [skip.source.function, skip.reason, skip.detail])).toEqual([
      ['shout', 'not-python-3', 'shout is not valid Python 3: it contains a Python 2 print statement.'],
      [
        'cheapest',
        'few-swappable',
        'cheapest has fewer than two builtins that can be swapped; refused: len (used in decorators, defaults or annotations).',
      ],
      ['_count', 'no-docstring', '_count has no docstring.'],
      ['stream', 'async', 'stream is an async function.'],
    ]);
  });

  it('never swaps a locally bound name', async () => {
    const { examples } = await buildShop();
    const load = examples.find((example) => example.source.function === 'load')!;
    expect(load.swap).not.toContain('open');
    expect(new Set(load.swap)).toEqual(new Set(['len', 'list']));
  });

  it('gives the same dataset for the same input and seed', async () => {
    const first = toJsonl((await buildShop(7)).examples);
    const second = toJsonl((await buildShop(7)).examples);
    expect(second).toBe(first);
  });

  it('does not depend on the order of the inputs', async () => {
    const parser = await pythonParser();
    const shop = { name: 'shop-main.zip', bytes: await zipFixture('shop', 'shop-main') };
    const single = { name: 'tool.py', bytes: new TextEncoder().encode('def f(x):\n    """Doc."""\n    print(len(x), str(x))\n') };
    const forward = await buildDataset(parser, [shop, single], DEFAULT_OPTIONS);
    const backward = await buildDataset(parser, [single, shop], DEFAULT_OPTIONS);
    expect(toJsonl(backward.examples)).toBe(toJsonl(forward.examples));
    expect(forward.examples).toHaveLength(8);
  });

  it('chooses pairs that change with the seed', async () => {
    const pairs = async (seed: number) => (await buildShop(seed)).examples.map((example) => example.swap.join(' '));
    const seeds = [1, 2, 3, 4, 5];
    const distinct = new Set(await Promise.all(seeds.map(async (seed) => (await pairs(seed)).join('|'))));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('reports an unreadable file and goes on with the rest', async () => {
    const parser = await pythonParser();
    const latin = new Uint8Array([0x78, 0x20, 0x3d, 0x20, 0x22, 0xe9, 0x22, 0x0a]);
    const bytes = await zipFixture('shop', 'shop-main', { 'shop/latin.py': latin });
    const result = await buildDataset(parser, [{ name: 'shop-main.zip', bytes }], DEFAULT_OPTIONS);
    expect(result.problems).toEqual([
      {
        archive: 'shop-main.zip',
        path: 'shop-main/shop/latin.py',
        message: 'shop-main/shop/latin.py in shop-main.zip is not valid UTF-8 and declares no other encoding (PEP 263 coding line).',
      },
    ]);
    expect(result.examples).toHaveLength(7);
  });
});

describe('the example limit', () => {
  const module = (count: number) =>
    Array.from({ length: count }, (_, index) => `def f${index}(items):\n    """Doc."""\n    print(len(items))\n`).join('');

  it('stops a file, then the build, at the limit', async () => {
    const parser = await pythonParser();
    const zip = new JSZip();
    zip.file('repo/a.py', module(5));
    zip.file('repo/b.py', module(2));
    zip.file('repo/c.py', module(2));
    const inputs = [
      { name: 'repo.zip', bytes: await zip.generateAsync({ type: 'uint8array' }) },
      { name: 'tool.py', bytes: new TextEncoder().encode(module(1)) },
    ];
    const result = await buildDataset(parser, inputs, DEFAULT_OPTIONS, {}, 3);
    expect(result.examples.map((example) => `${example.source.path} ${example.source.function}`)).toEqual([
      'repo/a.py f0',
      'repo/a.py f1',
      'repo/a.py f2',
    ]);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'repo/a.py in repo.zip reached 3 examples, the maximum for one file; its functions from line 10 on were not read.',
      'Reading stopped after repo/a.py in repo.zip: the build holds 3 examples or more, the maximum it keeps; the files after it were not read.',
      'tool.py was not read: the build already holds 3 examples, the maximum it keeps.',
    ]);
    expect(result.archives.map((archive) => [archive.name, archive.pythonFiles])).toEqual([
      ['repo.zip', 1],
      ['tool.py', 0],
    ]);
  });
});

describe('toJsonl', () => {
  it('writes one object per line with a fixed key order', async () => {
    const { examples } = await buildShop();
    const lines = toJsonl(examples).split('\n');
    expect(lines).toHaveLength(examples.length + 1);
    expect(lines[lines.length - 1]).toBe('');
    const row = JSON.parse(lines[1]);
    expect(Object.keys(row)).toEqual(['id', 'prompt', 'classes', 'answer_index', 'swap', 'source']);
    expect(Object.keys(row.source)).toEqual(['archive', 'path', 'line', 'function']);
    expect(row).not.toHaveProperty('highlights');
  });
});

describe('readInput', () => {
  it('rejects a file that is not a zip', async () => {
    const result = await readInput('notes.zip', new TextEncoder().encode('plain text'));
    expect(result.files).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toBe('notes.zip is not a readable zip file (no end-of-central-directory record).');
  });

  it('rejects a zip without Python files', async () => {
    const zip = new JSZip();
    zip.file('data/readme.txt', 'hello');
    const result = await readInput('data.zip', await zip.generateAsync({ type: 'uint8array' }));
    expect(result.problems).toEqual([{ archive: 'data.zip', path: null, message: 'data.zip contains no Python files.' }]);
  });

  it('rejects other kinds of file', async () => {
    const result = await readInput('repo.tar.gz', new Uint8Array([0x1f, 0x8b]));
    expect(result.problems).toEqual([
      { archive: 'repo.tar.gz', path: null, message: 'repo.tar.gz was skipped: only .zip archives and .py files are read.' },
    ]);
  });

  it('reads a loose Python file as its own archive', async () => {
    const bytes = new TextEncoder().encode('x = 1\n');
    expect(await readInput('tool.py', bytes)).toEqual({
      files: [{ archive: 'tool.py', path: 'tool.py', bytes }],
      problems: [],
      licence: null,
    });
  });
});

describe('inputs of one name', () => {
  it('reads the first and reports the others', async () => {
    const parser = await pythonParser();
    const first = { name: 'repo.py', bytes: new TextEncoder().encode('def f(x):\n    """Doc."""\n    print(len(x))\n') };
    const second = { name: 'repo.py', bytes: new TextEncoder().encode('def g(x):\n    """Doc."""\n    print(str(x))\n') };
    const result = await buildDataset(parser, [first, second], DEFAULT_OPTIONS);
    expect(result.examples.map((example) => example.source.function)).toEqual(['f']);
    expect(result.problems).toEqual([
      { archive: 'repo.py', path: null, message: 'repo.py was skipped: another input is also named repo.py; rename one of them.' },
    ]);
  });
});

describe('toJsonl line separators', () => {
  it('escapes U+0085, U+2028 and U+2029', async () => {
    const { examples } = await buildShop();
    const example = { ...examples[0], prompt: examples[0].prompt + '\u0085\u2028\u2029' };
    const line = toJsonl([example]);
    expect(line).toContain('\\u0085\\u2028\\u2029');
    expect(line.split(/\r\n|[\n\r\u0085\u2028\u2029]/)).toHaveLength(2);
    expect(JSON.parse(line).prompt).toBe(example.prompt);
  });
});
