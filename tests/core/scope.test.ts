import { describe, expect, it } from 'vitest';
import { extractSource } from '../helpers/extract';

/** A function that calls len and print once, with `binding` as extra body lines. */
function withBody(lines: string[], header = 'def f(x):'): string {
  return [header, '    """Doc."""', ...lines.map((line) => `    ${line}`), '    print(len(x))', ''].join('\n');
}

/** The skip detail of the last function in `source`, which must be skipped as few-swappable. */
async function refusal(source: string): Promise<string> {
  const { examples, skipped } = await extractSource(source);
  expect(examples).toEqual([]);
  const last = skipped[skipped.length - 1];
  expect(last.reason).toBe('few-swappable');
  return last.detail;
}

const BOUND = 'f has fewer than two builtins that can be swapped; refused: len (bound in the function).';

describe('binding forms refuse the name', () => {
  const cases: Array<[string, string[], string?]> = [
    ['parameter', [], 'def f(x, len):'],
    ['star parameter', [], 'def f(x, *len):'],
    ['double-star parameter', [], 'def f(x, **len):'],
    ['keyword-only parameter', [], 'def f(x, *, len=1):'],
    ['positional-only parameter', [], 'def f(len, /, x=2):'],
    ['annotated parameter', [], 'def f(x, len: int = 3):'],
    ['assignment', ['len = 1']],
    ['tuple unpacking', ['a, len = 1, 2']],
    ['starred target', ['[a, *len] = x']],
    ['parenthesised target', ['(a, (b, len)) = x']],
    ['augmented assignment', ['len += 1']],
    ['annotated assignment', ['len: int = 1']],
    ['bare annotation', ['len: int']],
    ['for target', ['for len in x: pass']],
    ['with target', ['with opener(x) as len: pass']],
    ['with tuple target', ['with opener(x) as (a, len): pass']],
    ['except name', ['try: pass', 'except OSError as len: pass']],
    ['except star name', ['try: pass', 'except* OSError as len: pass']],
    ['import', ['import len']],
    ['dotted import', ['import len.path']],
    ['import as', ['import os as len']],
    ['from import', ['from os import len']],
    ['from import as', ['from os import path as len']],
    ['nested def', ['def len(): pass']],
    ['nested async def', ['async def len(): pass']],
    ['nested class', ['class len: pass']],
    ['walrus', ['(len := 3)']],
    ['walrus in comprehension', ['[len := y for y in x]']],
    ['comprehension target', ['[y for len in x]']],
    ['generator target', ['total(1 for a, len in x)']],
    ['lambda parameter', ['g = lambda len: 1']],
    ['nested parameter', ['def g(len): pass']],
    ['nested default name', ['def g(a, len=1): pass']],
    ['class body assignment', ['class A:', '    len = 1']],
    ['match capture', ['match x:', '    case len: pass']],
    ['match sequence', ['match x:', '    case [a, *len]: pass']],
    ['match mapping rest', ['match x:', '    case {"k": a, **len}: pass']],
    ['match keyword', ['match x:', '    case P(k=len): pass']],
    ['match as', ['match x:', '    case [a] as len: pass']],
    ['a type alias', ['type len = int']],
    ['a nested generic def', ['def g[len](a): pass']],
    ['a nested generic class', ['class C[len]: pass']],
    ['del', ['del len']],
    ['global', ['global len']],
    ['nonlocal', ['def g():', '    nonlocal len']],
  ];
  for (const [name, lines, header] of cases) {
    it(`refuses a name bound by ${name}`, async () => {
      expect(await refusal(withBody(lines, header))).toBe(BOUND);
    });
  }
});

describe('names the function must not swap', () => {
  it('refuses a name used in a decorator', async () => {
    const source = '@wrap(len)\n' + withBody([]);
    expect(await refusal(source)).toBe(
      'f has fewer than two builtins that can be swapped; refused: len (used in decorators, defaults or annotations).',
    );
  });

  it('refuses a name used in a default value', async () => {
    expect(await refusal(withBody([], 'def f(x, key=len):'))).toContain('len (used in decorators, defaults or annotations)');
  });

  it('refuses a name used in an annotation', async () => {
    expect(await refusal(withBody([], 'def f(x: print) -> int:'))).toContain(
      'print (used in decorators, defaults or annotations)',
    );
  });

  it("refuses the function's own name", async () => {
    expect(await refusal(withBody([], 'def len(x):').replace('f has', 'len has'))).toBe(
      "len has fewer than two builtins that can be swapped; refused: len (the function's own name).",
    );
  });

  it('refuses a name the module rebinds', async () => {
    const cases = [
      'len = 1',
      'from os import len',
      'def len(): pass',
      'class len: pass',
      'for len in x: pass',
      'a = f"{(len := 3)}"',
      'b = ";"; len = 2',
      'X = (len) = 3',
      'a = len, other = 1, 2',
      'X = \\\nlen = 3',
      '@wrap(len := 3)\nclass A: pass',
      '@wrap(len := 3)\ndef g(): pass',
    ];
    for (const line of cases) {
      expect(await refusal(`${line}\n\n${withBody([])}`)).toBe(
        'f has fewer than two builtins that can be swapped; refused: len (rebound by the module).',
      );
    }
  });

  it('keeps names used in module-level annotations', async () => {
    const source = `names: list[str] = []\ntable: dict[len, print] = {}\n\n${withBody([])}`;
    const { examples } = await extractSource(source);
    expect(examples.map((example) => new Set(example.swap))).toEqual([new Set(['len', 'print'])]);
  });

  it('refuses a name another function declares global', async () => {
    const source = `def g():\n    global len\n    len = 2\n\n${withBody([])}`;
    expect(await refusal(source)).toContain('len (rebound by the module)');
  });

  it('refuses type when a call to it reads as a type alias', async () => {
    // Tree-sitter reads `type(x).size = 1` as `type (x).size = 1`, an alias.
    const source = 'def f(x):\n    """Doc."""\n    type(x).size = 1\n    return len(type(x))\n';
    expect(await refusal(source)).toBe(
      'f has fewer than two builtins that can be swapped; refused: type (called in a statement the parser reads as a type alias).',
    );
  });

  it('swaps type next to a real type alias', async () => {
    const source = 'def f(x):\n    """Doc."""\n    type Pair[T] = tuple[T, T]\n    return len(type(x))\n';
    const { examples } = await extractSource(source);
    expect(examples.map((example) => new Set(example.swap))).toEqual([new Set(['len', 'type'])]);
  });

  it('refuses a name referred to by a string', async () => {
    for (const line of ['lookup(builtins, "len")(x)', "namespace['len']", 'names = {"len": 1}']) {
      expect(await refusal(withBody([line]))).toBe(
        'f has fewer than two builtins that can be swapped; refused: len (referred to by a string).',
      );
    }
  });

  it('refuses a name in code the function evaluates', async () => {
    const { examples } = await extractSource(withBody(['return eval("len(x) + 1")']));
    expect(examples.map((example) => new Set(example.swap))).toEqual([new Set(['eval', 'print'])]);
  });

  it('keeps a name mentioned in a message', async () => {
    const { examples } = await extractSource(withBody(['raise KeyError("len must be positive")']));
    expect(examples).toHaveLength(1);
  });

  it('warns about a star import', async () => {
    const { examples } = await extractSource(`from helpers import *\n\n${withBody([])}`);
    expect(examples).toHaveLength(1);
    const [a, b] = examples[0].swap;
    expect(examples[0].warnings).toEqual([`pkg/module.py has "from helpers import *", which may rebind ${a} or ${b}.`]);
  });

  it('refuses a name printed by an f-string field with =', async () => {
    expect(await refusal(withBody(['log(f"{len(x)=}")']))).toBe(
      'f has fewer than two builtins that can be swapped; refused: len (printed as source text by an f-string field with =).',
    );
  });

  it('treats NFKC-equal identifiers as one name', async () => {
    expect(await refusal(withBody(['ｌｅｎ = 3']))).toBe(BOUND);
    const { examples } = await extractSource(withBody(['y = ｌｅｎ(x)']));
    expect(examples[0].classes[1]).toBe(' \n    y = print(x)\n    len(print(x))\n');
  });

  it('finds global declarations in every form', async () => {
    const forms = ['def g(): global len; len = None', 'x = 1; global len', 'def g():\n    global x, \\\n        len', 'def g():\n    global é, len'];
    for (const form of forms) {
      expect(await refusal(`${form}\n\n${withBody([])}`)).toBe(
        'f has fewer than two builtins that can be swapped; refused: len (rebound by the module).',
      );
    }
  });

  it('never swaps super', async () => {
    const source = 'def f(x):\n    """Doc."""\n    return super().g(len(x))\n';
    expect(await refusal(source)).toBe('f has fewer than two builtins that can be swapped; refused: super (never swapped).');
  });
});

describe('references are renamed', () => {
  async function swapped(lines: string[]): Promise<string> {
    const { examples } = await extractSource(withBody(lines));
    expect(examples).toHaveLength(1);
    expect(new Set(examples[0].swap)).toEqual(new Set(['len', 'print']));
    return examples[0].classes[1];
  }

  const cases: Array<[string, string, string]> = [
    ['a bare value', 'order(x, key=len)', 'order(x, key=print)'],
    ['an attribute object', 'name = print.__name__', 'name = len.__name__'],
    ['an attribute name left alone', 'x.len = x.print', 'x.len = x.print'],
    ['a keyword name left alone', 'g(len=1, print=2)', 'g(len=1, print=2)'],
    ['a string left alone', 'g("len of", \'to print\', """len()""")', 'g("len of", \'to print\', """len()""")'],
    ['a comment left alone', 'pass  # len print', 'pass  # len print'],
    ['a subscript', 'a = len[0]', 'a = print[0]'],
    ['a class base', 'class A(len): pass', 'class A(print): pass'],
    ['a nested decorator', '@print\ndef g(a=len) -> print: pass', '@len\ndef g(a=print) -> len: pass'],
    ['a lambda default', 'g = lambda a=len: a', 'g = lambda a=print: a'],
    ['a first iterable', '[a for a in len(x)]', '[a for a in print(x)]'],
    ['an f-string field', 'f"{len(x)} {x!r:{print}}"', 'f"{print(x)} {x!r:{len}}"'],
    ['an except clause', 'try: pass\nexcept len: pass', 'try: pass\nexcept print: pass'],
    ['a with item', 'with print(x) as y: pass', 'with len(x) as y: pass'],
    ['a class pattern', 'match x:\n    case len(): pass', 'match x:\n    case print(): pass'],
    ['a value pattern', 'match x:\n    case print.y: pass', 'match x:\n    case len.y: pass'],
    ['a keyword pattern name left alone', 'match x:\n    case P(len=1): pass', 'match x:\n    case P(len=1): pass'],
    ['a case guard', 'match x:\n    case [a] if len(a): pass', 'match x:\n    case [a] if print(a): pass'],
  ];
  for (const [name, line, expected] of cases) {
    it(`renames ${name}`, async () => {
      const indented = (text: string) => text.split('\n').map((part) => `    ${part}`).join('\n');
      const body = await swapped(line.split('\n'));
      expect(body).toBe(` \n${indented(expected)}\n    len(print(x))\n`);
    });
  }
});

describe('module bindings in every target form', () => {
  const forms = [
    'for (a, len) in x: pass',
    'for [a, len] in x: pass',
    'with x as (a, len): pass',
    'del (a, len)',
    '(a, len) = x',
    'y = [(len := 1) for z in x]',
    'if (len := 2): pass',
    'try: pass\nexcept E as len: pass',
    'import os as len',
    'x = 1; import len',
    'x = len = [1, 2]',
    'x = [y := 1]; len = 2',
    'TABLE = {"a": 1,\n    "b": 2}\nlen = TABLE',
  ];
  for (const form of forms) {
    it(`sees ${JSON.stringify(form)}`, async () => {
      const source = `${form}\n\ndef f(x):\n    """Doc."""\n    print(len(x))\n`;
      const { skipped } = await extractSource(source);
      expect(skipped[skipped.length - 1].detail).toBe('f has fewer than two builtins that can be swapped; refused: len (rebound by the module).');
    });
  }
});
