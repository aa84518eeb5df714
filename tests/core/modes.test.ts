import { describe, expect, it } from 'vitest';
import { reswap } from '../../src/core/example';
import { extractSource } from '../helpers/extract';

const MODULE = [
  'import json',
  'from os.path import join',
  '',
  'def helper(x):',
  '    return x',
  '',
  'def other(x):',
  '    return x',
  '',
  'def main(items):',
  '    """Run the helpers."""',
  '    data = helper(items)',
  '    text = json.dumps(other(data))',
  '    return join(text, str(len(data))), undefined(data)',
  '',
].join('\n');

describe('globals mode', () => {
  it('swaps top-level names that are not builtins', async () => {
    const { examples } = await extractSource(MODULE, { mode: 'globals' });
    expect(examples).toHaveLength(1);
    expect(Object.keys(examples[0].candidates).sort()).toEqual(['helper', 'join', 'other']);
    expect(examples[0].swap.every((name) => ['helper', 'join', 'other'].includes(name))).toBe(true);
  });

  it('skips a function calling fewer than two top-level names', async () => {
    const source = 'def helper(x):\n    return x\n\ndef main(items):\n    """Doc."""\n    return helper(len(items))\n';
    const { skipped } = await extractSource(source, { mode: 'globals' });
    expect(skipped.find((skip) => skip.source.function === 'main')).toMatchObject({
      reason: 'few-globals',
      detail: 'main calls fewer than two top-level names of its module (helper).',
    });
  });

  it('refuses a top-level name bound in the function', async () => {
    const source = MODULE.replace('    data = helper(items)', '    data = helper(items)\n    other = 1\n    join = 2');
    const { skipped } = await extractSource(source, { mode: 'globals' });
    expect(skipped.find((skip) => skip.source.function === 'main')?.detail).toBe(
      'main has fewer than two top-level names of its module that can be swapped; refused: join (bound in the function), other (bound in the function).',
    );
  });
});

describe('reswap', () => {
  it('swaps another allowed pair and moves the highlights', async () => {
    const source = 'def f(x):\n    """Doc."""\n    print(len(x), str(x))\n    return len(x)\n';
    const { examples } = await extractSource(source);
    const example = reswap(examples[0], ['str', 'len']);
    expect(example.prompt).toBe('str, len = len, str\ndef f(x):\n    """Doc."""');
    expect(example.classes).toEqual([' \n    print(len(x), str(x))\n    return len(x)\n', ' \n    print(str(x), len(x))\n    return str(x)\n']);
    expect(example.highlights.swapped.map((span) => example.classes[1].slice(span.start, span.end))).toEqual(['str', 'len', 'str']);
    expect(example.id).toBe(examples[0].id);
  });

  it('rejects a name that is not allowed', async () => {
    const source = 'def f(x, len):\n    """Doc."""\n    print(len(x), str(x), repr(x))\n';
    const { examples } = await extractSource(source);
    expect(() => reswap(examples[0], ['len', 'str'])).toThrow('len cannot be swapped in f: it is not one of its allowed names.');
    expect(() => reswap(examples[0], ['str', 'str'])).toThrow('A swap needs two different names, not str twice.');
  });
});

describe('names changed while the program runs', () => {
  it('refuses in globals mode a name some function declares global', async () => {
    const source = MODULE + '\ndef reset():\n    global helper\n    helper = other\n';
    const { skipped } = await extractSource(source, { mode: 'globals' });
    expect(skipped.find((skip) => skip.source.function === 'main')).toBeUndefined();
    const { examples } = await extractSource(source, { mode: 'globals' });
    expect(examples[0].swap).not.toContain('helper');
    expect(Object.keys(examples[0].candidates).sort()).toEqual(['join', 'other']);
  });

  it('refuses a name inside a string annotation', async () => {
    const source = 'def f(x) -> "list[len]":\n    """Doc."""\n    print(len(x), str(x))\n';
    const { examples } = await extractSource(source);
    expect(examples[0].swap.sort()).toEqual(['print', 'str']);
  });
});
