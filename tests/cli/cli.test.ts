import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/build';
import { toJsonl } from '../../src/core/dataset';
import { DEFAULT_OPTIONS } from '../../src/core/types';
import { parseArguments } from '../../src/cli/arguments';
import { checkerPath } from '../helpers/checker';
import { pythonParser } from '../helpers/extract';
import { writeRawZip, zipFixture } from '../helpers/zip';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'bin/swapset.mjs');

async function swapset(args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [CLI, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

async function shopZip(): Promise<{ folder: string; zip: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'swapset-cli-'));
  const zip = join(folder, 'shop-main.zip');
  await writeFile(zip, await zipFixture('shop', 'shop-main'));
  return { folder, zip };
}

describe('swapset build', () => {
  it('writes the same JSONL as the core', async () => {
    const { folder, zip } = await shopZip();
    const out = join(folder, 'out.jsonl');
    const result = await swapset(['build', zip, '--out', out, '--seed', '9']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `3 Python files, 11 top-level functions, 7 examples written to ${out}.\n` +
        'skipped async: 1\nskipped few-swappable: 1\nskipped no-docstring: 1\nskipped not-python-3: 1\n',
    );
    expect(result.code).toBe(0);

    const bytes = new Uint8Array(await readFile(zip));
    const expected = await buildDataset(await pythonParser(), [{ name: 'shop-main.zip', bytes }], { ...DEFAULT_OPTIONS, seed: 9 });
    expect(await readFile(out, 'utf8')).toBe(toJsonl(expected.examples));
  });

  it('runs the same from its build and from source', async () => {
    const { folder, zip } = await shopZip();
    expect(existsSync(join(ROOT, 'dist/cli/main.js')), 'dist/cli/main.js is missing: run "npm run build" first').toBe(true);
    const built = join(folder, 'built.jsonl');
    const fromSource = join(folder, 'source.jsonl');
    // Run as a user does, through the script's own #! line with its Node options.
    await run(CLI, ['build', zip, '--out', built], { cwd: ROOT });
    await run(CLI, ['build', zip, '--out', fromSource], { cwd: ROOT, env: { ...process.env, SWAPSET_FROM_SOURCE: '1' } });
    expect(await readFile(built, 'utf8')).toBe(await readFile(fromSource, 'utf8'));
    expect((await readFile(built, 'utf8')).split('\n')).toHaveLength(8);
  });

  it('writes the prize CSV for a .csv output', async () => {
    const { folder, zip } = await shopZip();
    const jsonl = join(folder, 'out.jsonl');
    const csv = join(folder, 'out.csv');
    expect((await swapset(['build', zip, '--out', jsonl])).code).toBe(0);
    expect((await swapset(['build', zip, '--out', csv])).code).toBe(0);
    const { stdout } = await run('python3', [checkerPath(), '--jsonl', jsonl, '--csv', csv, '--sources', zip]);
    expect(stdout.trim().split('\n').pop()).toBe('checked 7 examples: 0 faulty, 0 warnings');
  });

  it('passes the independent checker', async () => {
    const { folder, zip } = await shopZip();
    const out = join(folder, 'out.jsonl');
    expect((await swapset(['build', zip, '--out', out])).code).toBe(0);
    const { stdout } = await run('python3', [checkerPath(), '--jsonl', out, '--sources', zip]);
    expect(stdout.trim().split('\n').pop()).toBe('checked 7 examples: 0 faulty, 0 warnings');
  });

  it('reports bad inputs on stderr, goes on and exits with 1', async () => {
    const { folder, zip } = await shopZip();
    const notZip = join(folder, 'notes.zip');
    await writeFile(notZip, 'plain text');
    const out = join(folder, 'out.jsonl');
    const result = await swapset(['build', notZip, zip, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('swapset: notes.zip is not a readable zip file (no end-of-central-directory record).\n');
  });

  it('rejects an entry with bytes after its data, as the page does', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'swapset-cli-'));
    const zip = join(folder, 'padded.zip');
    const module = 'def f(x):\n    """Doc."""\n    print(len(x))\n';
    await writeFile(zip, writeRawZip([{ name: 'a.py', data: module, deflate: true, trailing: [0, 0, 0] }, { name: 'b.py', data: module }]));
    const out = join(folder, 'out.jsonl');
    const result = await swapset(['build', zip, '--out', out]);
    expect(result.stderr).toBe('swapset: a.py in padded.zip could not be unpacked (its compressed data is corrupt); it was skipped.\n');
    expect(result.code).toBe(0);
    expect((await readFile(out, 'utf8')).split('\n')).toHaveLength(2);
  });

  it('fails when no input holds Python files', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'swapset-cli-'));
    const notZip = join(folder, 'notes.zip');
    await writeFile(notZip, 'plain text');
    const result = await swapset(['build', notZip, '--out', join(folder, 'out.jsonl')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'swapset: notes.zip is not a readable zip file (no end-of-central-directory record).\n' +
        'swapset: no Python file could be read from the inputs.\n',
    );
  });

  it('fails on a missing input file', async () => {
    const result = await swapset(['build', 'missing.zip', '--out', '/tmp/never.jsonl']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'swapset: cannot read missing.zip: no such file or folder.\nswapset: no Python file could be read from the inputs.\n',
    );
  });

  it('goes on past a missing input and exits with 1', async () => {
    const { folder, zip } = await shopZip();
    const out = join(folder, 'out.jsonl');
    const result = await swapset(['build', 'missing.zip', zip, `--out=${out}`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('swapset: cannot read missing.zip: no such file or folder.\n');
    expect((await readFile(out, 'utf8')).split('\n')).toHaveLength(8);
  });

  it('fails when no file can be decoded', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'swapset-cli-'));
    const file = join(folder, 'latin.py');
    await writeFile(file, Buffer.from([0x78, 0x3d, 0x22, 0xe9, 0x22, 0x0a]));
    const result = await swapset(['build', file, '--out', join(folder, 'out.jsonl')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'swapset: latin.py is not valid UTF-8 and declares no other encoding (PEP 263 coding line).\n' +
        'swapset: no Python file could be read from the inputs.\n',
    );
  });

  it('reports an output folder that does not exist', async () => {
    const { folder, zip } = await shopZip();
    const out = join(folder, 'missing', 'out.jsonl');
    const result = await swapset(['build', zip, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`swapset: cannot write ${out}: no such file or folder.\n`);
  });

  it('exits with 1 when two inputs share a name', async () => {
    const { folder, zip } = await shopZip();
    const other = join(folder, 'copy');
    await mkdir(other);
    await writeFile(join(other, 'shop-main.zip'), await readFile(zip));
    const result = await swapset(['build', zip, join(other, 'shop-main.zip'), '--out', join(folder, 'out.jsonl')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('swapset: shop-main.zip was skipped: another input is also named shop-main.zip; rename one of them.\n');
  });

  it('warns about examples from star-importing modules', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'swapset-cli-'));
    const file = join(folder, 'star.py');
    await writeFile(file, 'from helpers import *\n\ndef f(x):\n    """Doc."""\n    print(len(x))\n');
    const result = await swapset(['build', file, '--out', join(folder, 'out.jsonl')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'swapset: warning: 1 example comes from modules with "from ... import *", which may rebind a swapped name.\n',
    );
  });

  it('prints help', async () => {
    const result = await swapset(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('Usage: swapset build INPUT... --out FILE [options]\n')).toBe(true);
  });

  it('prints usage on a bad command line', async () => {
    const result = await swapset(['build', 'a.zip']);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith('swapset: No output given: add --out FILE.jsonl, FILE.csv or FILE.zip.\n\nUsage: swapset build')).toBe(
      true,
    );
  });
});

describe('parseArguments', () => {
  const cases: Array<[string[], string]> = [
    [[], 'No command given.'],
    [['make'], 'Unknown command "make".'],
    [['build', '--out', 'x.jsonl'], 'No input given: name at least one .zip or .py file.'],
    [['build', 'a.zip', '--out'], '--out needs a value.'],
    [['build', 'a.zip', '--out', 'x.txt'], 'The output x.txt must end in .jsonl, .csv or .zip.'],
    [['build', 'a.zip', '--out', 'x.zip', '--mode', 'locals'], '--mode takes builtins or globals, not "locals".'],
    [['build', 'a.zip', '--out', 'x.zip', '--max', '1.5'], '--max takes a whole number, not "1.5".'],
    [['build', 'a.zip', '--out', 'x.zip', '--per-archive'], '--per-archive needs a value.'],
    [['build', 'a.zip', '--out=x.zip', '--seed='], '--seed takes a whole number, not "".'],
    [['build', 'a.zip', '--out', 'x.jsonl', '--seed', '-1'], '--seed takes a whole number, not "-1".'],
    [['build', 'a.zip', '--out', 'x.jsonl', '--max-tokens', 'many'], '--max-tokens takes a whole number, not "many".'],
    [['build', 'a.zip', '--out', 'x.jsonl', '--fast'], 'Unknown option --fast.'],
  ];
  for (const [args, message] of cases) {
    it(`rejects ${JSON.stringify(args.join(' '))}`, () => {
      expect(() => parseArguments(args)).toThrow(message);
    });
  }

  it('reads inputs and settings', () => {
    expect(parseArguments(['build', 'a.zip', 'b.py', '--out', 'x.jsonl', '--seed', '3', '--max-tokens', '90'])).toEqual({
      inputs: ['a.zip', 'b.py'],
      out: 'x.jsonl',
      options: { mode: 'builtins', seed: 3, maxTokens: 90 },
      selection: { maxExamples: null, perArchive: null, dedup: true },
    });
    const all = ['build', 'a.zip', '--out=x.zip', '--mode', 'globals', '--max=10', '--per-archive', '4', '--no-dedup'];
    expect(parseArguments(all)).toEqual({
      inputs: ['a.zip'],
      out: 'x.zip',
      options: { mode: 'globals', seed: 42, maxTokens: 200 },
      selection: { maxExamples: 10, perArchive: 4, dedup: false },
    });
  });
});
