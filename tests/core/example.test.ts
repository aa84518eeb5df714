import { describe, expect, it } from 'vitest';
import { extractSource } from '../helpers/extract';

// Functions that call exactly two builtins, so the chosen pair is fixed up to order.
const COUNT = [
  'import os',
  '',
  '@register("count")',
  'def count(items, sep=","):',
  '    """Count the items.',
  '',
  '    len and print are mentioned here and must stay.',
  '    """',
  '    n = len(items)  # len in a comment',
  '',
  '    print(f"{len(items)!r:>{n}} items", n, sep=sep)',
  '    items.len = n',
  '    options(len=3)',
  '    return "print it"',
  '    # a trailing comment is not part of the body',
  '',
  'x = 1',
  '',
].join('\n');

describe('buildExample', () => {
  it('writes the prompt from the first decorator through the docstring', async () => {
    const { examples } = await extractSource(COUNT);
    expect(examples).toHaveLength(1);
    const [a, b] = examples[0].swap;
    expect(examples[0].prompt).toBe(
      `${a}, ${b} = ${b}, ${a}\n` +
        '@register("count")\n' +
        'def count(items, sep=","):\n' +
        '    """Count the items.\n' +
        '\n' +
        '    len and print are mentioned here and must stay.\n' +
        '    """',
    );
  });

  it('keeps the original body verbatim with a leading space line', async () => {
    const { examples } = await extractSource(COUNT);
    expect(examples[0].classes[0]).toBe(
      ' \n' +
        '    n = len(items)  # len in a comment\n' +
        '\n' +
        '    print(f"{len(items)!r:>{n}} items", n, sep=sep)\n' +
        '    items.len = n\n' +
        '    options(len=3)\n' +
        '    return "print it"\n',
    );
  });

  it('swaps references only, f-string fields included', async () => {
    const { examples } = await extractSource(COUNT);
    const example = examples[0];
    expect(new Set(example.swap)).toEqual(new Set(['len', 'print']));
    expect(example.classes[1]).toBe(
      ' \n' +
        '    n = print(items)  # len in a comment\n' +
        '\n' +
        '    len(f"{print(items)!r:>{n}} items", n, sep=sep)\n' +
        '    items.len = n\n' +
        '    options(len=3)\n' +
        '    return "print it"\n',
    );
    expect(example.answer_index).toBe(1);
  });

  it('records the source and a stable id', async () => {
    const first = await extractSource(COUNT);
    const second = await extractSource(COUNT);
    expect(first.examples[0].source).toEqual({ archive: 'repo.zip', path: 'pkg/module.py', line: 3, function: 'count' });
    expect(first.examples[0].id).toMatch(/^[0-9a-f]{16}$/);
    expect(second.examples[0].id).toBe(first.examples[0].id);
  });

  it('highlights each renamed identifier in both classes', async () => {
    const { examples } = await extractSource(COUNT);
    const { classes, highlights } = examples[0];
    expect(highlights.original.map((span) => classes[0].slice(span.start, span.end))).toEqual(['len', 'print', 'len']);
    expect(highlights.swapped.map((span) => classes[1].slice(span.start, span.end))).toEqual(['print', 'len', 'print']);
  });

  it('turns CRLF and lone CR into LF', async () => {
    const crlf = await extractSource(COUNT.replace(/\n/g, '\r\n'));
    const cr = await extractSource(COUNT.replace(/\n/g, '\r'));
    const lf = await extractSource(COUNT);
    expect(crlf.examples[0].prompt).toBe(lf.examples[0].prompt);
    expect(crlf.examples[0].classes).toEqual(lf.examples[0].classes);
    expect(cr.examples[0].classes).toEqual(lf.examples[0].classes);
  });

  it('slices correctly around non-ASCII text', async () => {
    const source = [
      'café = "☕ 😀 data"',
      '',
      'def größe(wert):',
      '    """计算长度。 😀"""',
      '    étiquette = "😀 len print"',
      '    print(étiquette, len(wert), "日本")',
      '    return len(wert)',
      '',
    ].join('\n');
    const { examples } = await extractSource(source);
    expect(examples).toHaveLength(1);
    const [a, b] = examples[0].swap;
    expect(examples[0].prompt).toBe(`${a}, ${b} = ${b}, ${a}\ndef größe(wert):\n    """计算长度。 😀"""`);
    expect(examples[0].classes[1]).toBe(
      ' \n    étiquette = "😀 len print"\n    len(étiquette, print(wert), "日本")\n    return print(wert)\n',
    );
  });

  it('keeps tabs and form feeds in the body', async () => {
    const source = 'def f(x):\n\t"""Doc."""\n\tif x:\n\t\tprint(len(x))\n\f\n\treturn x\n';
    const { examples } = await extractSource(source);
    expect(examples[0].classes[0]).toBe(' \n\tif x:\n\t\tprint(len(x))\n\f\n\treturn x\n');
  });
});

describe('body end', () => {
  it('stops at the last statement, before trailing comments in its block', async () => {
    const source = 'def f(x):\n    """Doc."""\n    if x:\n        print(len(x))  # kept: same line\n        # trailing\n    # also trailing\n\n# module comment\nx = 1\n';
    const { examples } = await extractSource(source);
    expect(examples[0].classes[0]).toBe(' \n    if x:\n        print(len(x))  # kept: same line\n');
  });
});
