import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inflateWithZlib } from '../../src/cli/inflate';
import { buildDataset, type Input } from '../../src/core/build';
import { toJsonl } from '../../src/core/dataset';
import { seededRandom } from '../../src/core/hash';
import { DEFAULT_OPTIONS } from '../../src/core/types';
import { generateModule } from '../helpers/corpus';
import { fixturePath, pythonParser } from '../helpers/extract';
import { zipFixture } from '../helpers/zip';

const ROUNDS = 3000;
const random = seededRandom(20261204);
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];

// Mutations a damaged download or a hostile author could produce.
const MUTATIONS: Record<string, (bytes: Uint8Array) => Uint8Array> = {
  flip: (bytes) => {
    const copy = bytes.slice();
    for (let i = 0; i < 1 + Math.floor(random() * 8); i++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
    return copy;
  },
  truncate: (bytes) => bytes.slice(0, Math.floor(random() * bytes.length)),
  shuffleLines: (bytes) => {
    const lines = Buffer.from(bytes).toString('latin1').split('\n');
    for (let i = lines.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return new Uint8Array(Buffer.from(lines.join('\n'), 'latin1'));
  },
  splice: (bytes) => {
    const at = Math.floor(random() * bytes.length);
    const length = Math.floor(random() * 64);
    const from = Math.floor(random() * bytes.length);
    return new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(from, from + length), ...bytes.subarray(at)]);
  },
};

describe('fuzzing the core', () => {
  it(`survives ${ROUNDS} mutated archives and Python files`, async () => {
    const parser = await pythonParser();
    const seeds: Input[] = [
      { name: 'shop-main.zip', bytes: await zipFixture('shop', 'shop-main') },
      { name: 'cart.py', bytes: new Uint8Array(readFileSync(fixturePath('shop/shop/cart.py'))) },
      { name: 'legacy.py', bytes: new Uint8Array(readFileSync(fixturePath('shop/scripts/legacy.py'))) },
      { name: 'generated.py', bytes: new TextEncoder().encode(generateModule(3, 12)) },
    ];
    const counts = { examples: 0, problems: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const seed = pick(seeds);
      const mutation = pick(Object.keys(MUTATIONS));
      const input = { name: seed.name, bytes: MUTATIONS[mutation](seed.bytes) };
      const result = await buildDataset(parser, [input], DEFAULT_OPTIONS);
      // The command line inflates with zlib, the page with DecompressionStream: both must skip the
      // same files. Only the sentence may differ, because Node's DecompressionStream accepts bytes
      // after the end of the data, which zlib and browsers reject.
      if (input.name.endsWith('.zip')) {
        const withZlib = await buildDataset(parser, [input], DEFAULT_OPTIONS, { inflate: inflateWithZlib });
        const where = (problems: typeof result.problems) => problems.map((problem) => `${problem.archive} ${problem.path}`);
        expect(toJsonl(withZlib.examples), `round ${round} (${mutation})`).toBe(toJsonl(result.examples));
        expect(where(withZlib.problems), `round ${round} (${mutation})`).toEqual(where(result.problems));
      }

      for (const problem of result.problems) {
        expect(problem.message.includes(input.name), `round ${round} (${mutation}): ${problem.message}`).toBe(true);
        expect(problem.message.endsWith('.'), `round ${round}: ${problem.message}`).toBe(true);
      }
      for (const example of result.examples) {
        expect(example.classes.every((text) => text.startsWith(' \n') && text.endsWith('\n'))).toBe(true);
        expect(example.prompt.startsWith(`${example.swap[0]}, ${example.swap[1]} = ${example.swap[1]}, ${example.swap[0]}\n`)).toBe(true);
      }
      counts.examples += result.examples.length;
      counts.problems += result.problems.length;
    }
    // Both paths were exercised: some inputs still gave examples, some gave messages.
    expect(counts.examples).toBeGreaterThan(0);
    expect(counts.problems).toBeGreaterThan(0);
  }, 300_000);
});
