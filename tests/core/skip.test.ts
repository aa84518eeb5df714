import { describe, expect, it } from 'vitest';
import { extractSource } from '../helpers/extract';

async function skipOf(source: string, maxTokens?: number) {
  const result = await extractSource(source, maxTokens === undefined ? {} : { maxTokens });
  expect(result.examples).toEqual([]);
  expect(result.skipped).toHaveLength(1);
  return { reason: result.skipped[0].reason, detail: result.skipped[0].detail };
}

describe('skipped functions', () => {
  it('skips async functions', async () => {
    expect(await skipOf('async def f(x):\n    """Doc."""\n    print(len(x))\n')).toEqual({
      reason: 'async',
      detail: 'f is an async function.',
    });
  });

  it('skips functions without a docstring', async () => {
    expect(await skipOf('def f(x):\n    print(len(x))\n')).toEqual({ reason: 'no-docstring', detail: 'f has no docstring.' });
  });

  it('does not take an f-string or bytes literal as a docstring', async () => {
    expect((await skipOf('def f(x):\n    f"""Doc {x}."""\n    print(len(x))\n')).reason).toBe('no-docstring');
    expect((await skipOf('def f(x):\n    b"""Doc."""\n    print(len(x))\n')).reason).toBe('no-docstring');
    expect((await skipOf('def f(x):\n    "Doc" f"{x}"\n    print(len(x))\n')).reason).toBe('no-docstring');
  });

  it('takes a raw or concatenated docstring', async () => {
    const raw = await extractSource('def f(x):\n    r"""Doc \\d."""\n    print(len(x))\n');
    const joined = await extractSource('def f(x):\n    "Doc" \'more\'\n    print(len(x))\n');
    expect(raw.examples).toHaveLength(1);
    expect(joined.examples).toHaveLength(1);
  });

  it('skips code on the docstring line', async () => {
    expect(await skipOf('def f(x):\n    """Doc."""; print(len(x))\n    print(x)\n')).toEqual({
      reason: 'code-after-docstring',
      detail: 'f has code on the line where its docstring ends, so the body cannot start on a new line.',
    });
  });

  it('skips functions calling fewer than two builtins', async () => {
    expect(await skipOf('def f(x):\n    """Doc."""\n    return len(x) + g(x)\n')).toEqual({
      reason: 'few-builtins',
      detail: 'f calls fewer than two builtins (len).',
    });
    expect(await skipOf('def f(x):\n    """Doc."""\n    return x.len(x)\n')).toEqual({
      reason: 'few-builtins',
      detail: 'f calls fewer than two builtins (none).',
    });
  });

  it('counts builtin calls only in the body', async () => {
    const source = '@wrap(print)\ndef f(x=str(1)) -> repr(1):\n    """Doc."""\n    return len(x)\n';
    expect((await skipOf(source)).detail).toBe('f calls fewer than two builtins (len).');
  });

  it('skips functions over the token limit, comments not counted', async () => {
    // def / f(x): / """Doc.""" / print(len(x)) are 4 tokens; the comment adds none.
    const source = 'def f(x):  # one two three\n    """Doc."""\n    print(len(x))\n';
    expect(await extractSource(source, { maxTokens: 4 })).toMatchObject({ skipped: [] });
    expect(await skipOf(source, 3)).toEqual({ reason: 'too-long', detail: 'f has 4 tokens, more than the limit of 3.' });
  });

  it('skips Python 2 print and exec statements', async () => {
    expect(await skipOf('def f(x):\n    """Doc."""\n    print "x", len(x)\n    str(x)\n')).toEqual({
      reason: 'not-python-3',
      detail: 'f is not valid Python 3: it contains a Python 2 print statement.',
    });
    expect((await skipOf('def f(x):\n    """Doc."""\n    exec "x"\n    str(len(x))\n')).detail).toBe(
      'f is not valid Python 3: it contains a Python 2 exec statement.',
    );
  });

  it('skips other Python 2 constructs', async () => {
    const cases: Array<[string, string]> = [
      ['return `x`', 'it contains a Python 2 backtick expression'],
      ['return ur"x"', 'it contains the Python 2 string prefix ur'],
      ['return 0777', 'it contains the Python 2 octal literal 0777'],
      ['return 12L', 'it contains the Python 2 long literal 12L'],
      ['return 0xffL', 'it contains the Python 2 long literal 0xffL'],
      ['try: pass\n    except E, e: pass', 'it contains a Python 2 except clause (except E, name)'],
      ['return 1 <> 2', 'it contains the Python 2 operator <>'],
      ['raise E, "message"', 'it contains a Python 2 raise statement (raise E, value)'],
      ['def g(a, (b, c)): pass', 'it contains a Python 2 tuple parameter'],
      ['async = 1', 'it uses the keyword async as a name'],
      ['await x', 'it uses await outside an async function'],
      ['g = lambda: (await x)', 'it uses await outside an async function'],
      ['async for a in x: pass', 'it uses async for outside an async function'],
      ['async with x: pass', 'it uses async with outside an async function'],
      ['return ' + '('.repeat(201) + 'x' + ')'.repeat(201), 'its brackets nest deeper than 200 levels'],
      ['break', 'it uses break outside a loop'],
      ['def g():\n        continue', 'it uses continue outside a loop'],
      ['return [(yield a) for a in x]', 'it uses yield inside a comprehension'],
      ['*a = x', 'it has a starred assignment target outside a list or tuple'],
      ['del g(x)', 'it deletes a function call'],
      ['g = lambda a, b, a: 1', 'it repeats the parameter name a'],
      ['def g(a, *, a=1): pass', 'it repeats the parameter name a'],
    ];
    for (const [line, reason] of cases) {
      const source = `def f(x):\n    \"\"\"Doc.\"\"\"\n    print(len(x))\n    ${line}\n`;
      expect(await skipOf(source)).toEqual({ reason: 'not-python-3', detail: `f is not valid Python 3: ${reason}.` });
    }
  });

  it('accepts await and brackets where Python 3 does', async () => {
    const lines = [
      'async def g():',
      '        await x',
      '        async for a in x: pass',
      'for a in x:',
      '        while a:',
      '            break',
      '        continue',
      'def h(a, b=1, *c, d, **e): yield a',
      '[a, *b] = x',
      'return ' + '['.repeat(200) + ']'.repeat(200),
    ];
    const source = `def f(x):\n    \"\"\"Doc.\"\"\"\n    print(len(x))\n    ${lines.join('\n    ')}\n`;
    expect((await extractSource(source)).examples).toHaveLength(1);
  });

  it('accepts Python 3 literals that look alike', async () => {
    const source = 'def f(x):\n    \"\"\"Doc.\"\"\"\n    print(len(x), 0, 00, 0_0, 0o777, rb"x", Rb"y", 1 != 2)\n';
    expect((await extractSource(source)).examples).toHaveLength(1);
  });

  it('skips functions whose parse has errors', async () => {
    expect(await skipOf('def f(x):\n    """Doc."""\n    print(len(x)\n    return )(\n')).toEqual({
      reason: 'not-python-3',
      detail: 'f is not valid Python 3: its parse contains syntax errors.',
    });
  });

  it('reports a syntax error outside functions once', async () => {
    const source = 'x = (\n\ndef f(x):\n    """Doc."""\n    print(len(x))\n\nclass A(:\n    pass\n';
    const { problem } = await extractSource(source);
    expect(problem).toEqual({
      archive: 'repo.zip',
      path: 'pkg/module.py',
      message: 'pkg/module.py in repo.zip could not be parsed: syntax error at line 1. Only its functions that parse are read.',
    });
  });

  it('takes functions from a file with a syntax error elsewhere', async () => {
    const source = 'def f(x):\n    """Doc."""\n    print(len(x))\n\nclass A(:\n    pass\n';
    const { problem, examples } = await extractSource(source);
    expect(problem?.message).toBe(
      'pkg/module.py in repo.zip could not be parsed: syntax error at line 5. Only its functions that parse are read.',
    );
    expect(examples).toHaveLength(1);
  });

  it('takes only top-level functions', async () => {
    const source = [
      'class A:',
      '    def m(self, x):',
      '        """Doc."""',
      '        print(len(x))',
      '',
      'if True:',
      '    def g(x):',
      '        """Doc."""',
      '        print(len(x))',
      '',
    ].join('\n');
    expect(await extractSource(source)).toEqual({ examples: [], skipped: [], functions: 0, readable: true, problem: null });
  });
});

describe('source decoding', () => {
  const body = 'def f(x):\n    """Doc."""\n    print(len(x), "é")\n';

  it('reads UTF-8 with a BOM', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    const { examples } = await extractSource(bytes);
    expect(examples[0].prompt.endsWith('def f(x):\n    """Doc."""')).toBe(true);
    expect(examples[0].classes[0]).toBe(' \n    print(len(x), "é")\n');
  });

  it('honours a PEP 263 coding line', async () => {
    const text = '# -*- coding: latin-1 -*-\n' + body;
    const bytes = new Uint8Array([...text].map((character) => character.charCodeAt(0)));
    const { examples, problem } = await extractSource(bytes);
    expect(problem).toBeNull();
    expect(examples[0].classes[0]).toBe(' \n    print(len(x), "é")\n');
  });

  it('reports a file that is not UTF-8', async () => {
    const bytes = new Uint8Array([...body].map((character) => character.charCodeAt(0)));
    expect((await extractSource(bytes)).problem).toEqual({
      archive: 'repo.zip',
      path: 'pkg/module.py',
      message: 'pkg/module.py in repo.zip is not valid UTF-8 and declares no other encoding (PEP 263 coding line).',
    });
  });

  it('reports a file with NUL bytes', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(body), 0]);
    expect((await extractSource(bytes)).problem?.message).toBe(
      'pkg/module.py in repo.zip contains NUL bytes, so it is not a Python source file.',
    );
  });

  it('reports an unknown declared encoding', async () => {
    expect((await extractSource('# coding: klingon\n' + body)).problem?.message).toBe(
      'pkg/module.py in repo.zip declares the encoding "klingon", which is not supported.',
    );
  });
});

describe('declared encodings', () => {
  it('decodes latin-1 bytes 0x80-0x9F as C1 controls, as Python does', async () => {
    const head = new TextEncoder().encode('# coding: latin-1\ndef f(x):\n    """Doc."""\n    print(len(x), "');
    const bytes = new Uint8Array([...head, 0x85, 0xe9, 0x22, 0x29, 0x0a]);
    const { examples } = await extractSource(bytes);
    expect(examples[0].classes[0]).toBe(' \n    print(len(x), "\u0085é")\n');
  });

  it('decodes cp1252 as declared', async () => {
    const head = new TextEncoder().encode('# -*- coding: cp1252 -*-\ndef f(x):\n    """Doc."""\n    print(len(x), "');
    const bytes = new Uint8Array([...head, 0x80, 0x22, 0x29, 0x0a]);
    const { examples } = await extractSource(bytes);
    expect(examples[0].classes[0]).toBe(' \n    print(len(x), "€")\n');
  });

  it('reports bytes outside a declared ascii', async () => {
    const head = new TextEncoder().encode('# coding: ascii\ndef f(x):\n    """Doc."""\n    print(len(x), "');
    const bytes = new Uint8Array([...head, 0xe9, 0x22, 0x29, 0x0a]);
    expect((await extractSource(bytes)).problem?.message).toBe('pkg/module.py in repo.zip is not valid ascii, the encoding it declares.');
  });
});

describe('cp1252', () => {
  it('reports a byte cp1252 leaves undefined', async () => {
    const head = new TextEncoder().encode('# coding: cp1252\ndef f(x):\n    """Doc."""\n    print(len(x), "');
    const bytes = new Uint8Array([...head, 0x81, 0x22, 0x29, 0x0a]);
    expect((await extractSource(bytes)).problem?.message).toBe('pkg/module.py in repo.zip is not valid cp1252, the encoding it declares.');
  });
});

describe('byte order mark', () => {
  it('reports a BOM with another declared encoding', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# coding: latin-1\nx = 1\n')]);
    expect((await extractSource(bytes)).problem?.message).toBe(
      'pkg/module.py in repo.zip starts with a UTF-8 byte order mark but declares the encoding "latin-1".',
    );
  });

  it('accepts a BOM with a UTF-8 coding line', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# -*- coding: utf-8 -*-\nx = 1\n')]);
    expect((await extractSource(bytes)).problem).toBeNull();
  });
});

describe('function length in characters', () => {
  it('skips a function over 100,000 characters', async () => {
    const source = `def f(x):\n    """Doc."""\n    print(len(x), "${'a'.repeat(100_000)}")\n`;
    expect(await skipOf(source)).toEqual({ reason: 'too-long', detail: 'f has 100046 characters, more than the limit of 100000.' });
  });
});

describe('code page 437', () => {
  it('decodes a file that declares cp437', async () => {
    const head = new TextEncoder().encode('# coding: cp437\ndef f(x):\n    """Doc."""\n    print(len(x), "');
    const bytes = new Uint8Array([...head, 0x82, 0x94, 0x22, 0x29, 0x0a]);
    const { examples } = await extractSource(bytes);
    expect(examples[0].classes[0]).toBe(' \n    print(len(x), "éö")\n');
  });
});
