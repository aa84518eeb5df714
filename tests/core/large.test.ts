import { describe, expect, it } from 'vitest';
import { extractSource } from '../helpers/extract';

describe('large and deep inputs', () => {
  it('reads a 10 MB file of 50,000 functions', async () => {
    const functions = Array.from(
      { length: 50_000 },
      (_, index) => `def function_${index}(items, extra=${index}):\n    """Return a summary of the items, number ${index}, padded to some length."""\n    total = sum(items) + len(items) * extra\n    return str(total).rjust(${index % 40}) + repr(items)[:${index % 17}]\n`,
    );
    const source = functions.join('\n');
    expect(source.length).toBeGreaterThan(10_000_000);
    const result = await extractSource(source);
    expect(result.functions).toBe(50_000);
    expect(result.examples).toHaveLength(50_000);
    expect(result.examples[49_999].source).toEqual({ archive: 'repo.zip', path: 'pkg/module.py', line: 50_000 * 5 - 4, function: 'function_49999' });
  }, 120_000);

  it('reads a module with a 100,000-character line', async () => {
    const source = `TABLE = [${'1, '.repeat(33_333)}1]\n\ndef f(x):\n    """Doc."""\n    print(len(x))\n`;
    const result = await extractSource(source);
    expect(result.problem).toBeNull();
    expect(result.examples).toHaveLength(1);
  });

  it('skips a function nested 1,000 brackets deep and reads the next', async () => {
    const deep = `def deep(x):\n    """Doc."""\n    return ${'str('.repeat(1000)}len(x)${')'.repeat(1000)}\n\n`;
    const result = await extractSource(deep + 'def f(x):\n    """Doc."""\n    print(len(x))\n');
    expect(result.skipped.map((skip) => skip.detail)).toEqual(['deep is not valid Python 3: its brackets nest deeper than 200 levels.']);
    expect(result.examples.map((example) => example.source.function)).toEqual(['f']);
  });

  it('reads a module whose statements nest 1,000 deep', async () => {
    const source = `x = ${'['.repeat(1000)}${']'.repeat(1000)}\ny = ${'-'.repeat(1000)}1\n\ndef f(x):\n    """Doc."""\n    print(len(x))\n`;
    const result = await extractSource(source);
    expect(result.examples).toHaveLength(1);
  });
});
