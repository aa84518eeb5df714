import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/build';
import { toCsv } from '../../src/core/csv';
import { toJsonl } from '../../src/core/dataset';
import { DEFAULT_OPTIONS } from '../../src/core/types';
import { generateModule } from '../helpers/corpus';
import { checkerPath } from '../helpers/checker';
import { pythonParser } from '../helpers/extract';

const run = promisify(execFile);

// Compiles every file given and builds its symbol table; prints the first failure.
const VALIDATE = `
import sys, symtable
for path in sys.argv[1:]:
    source = open(path, encoding="utf-8").read()
    compile(source, path, "exec")
    symtable.symtable(source, path, "exec")
`;

describe('differential check against Python', () => {
  it('passes the checker on a generated corpus', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'swapset-corpus-'));
    const inputs = [];
    for (let seed = 1; seed <= 12; seed++) {
      const text = generateModule(seed, 40);
      const path = join(folder, `generated_${seed}.py`);
      await writeFile(path, text);
      inputs.push({ name: `generated_${seed}.py`, bytes: new TextEncoder().encode(text) });
    }
    await run('python3', ['-c', VALIDATE, ...inputs.map((input) => join(folder, input.name))]);

    const result = await buildDataset(await pythonParser(), inputs, DEFAULT_OPTIONS);
    expect(result.examples.length).toBeGreaterThan(300);
    const jsonl = join(folder, 'dataset.jsonl');
    const csv = join(folder, 'dataset.csv');
    await writeFile(jsonl, toJsonl(result.examples));
    await writeFile(csv, toCsv(result.examples));

    const { stdout } = await run('python3', [checkerPath(), '--jsonl', jsonl, '--csv', csv, '--sources', folder, '--show', '1']);
    expect(stdout.trim().split('\n').pop()).toBe(`checked ${result.examples.length} examples: 0 faulty, 0 warnings`);
  });
});
