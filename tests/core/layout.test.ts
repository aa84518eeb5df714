import { describe, expect, it } from 'vitest';
import { extractFile, PARSE_BATCH_CHARACTERS } from '../../src/core/extract';
import { toJsonl } from '../../src/core/dataset';
import { codeOutsideStrings, scanTopLevel } from '../../src/core/layout';
import { planParse } from '../../src/core/prefilter';
import { DEFAULT_OPTIONS } from '../../src/core/types';
import { generateModule } from '../helpers/corpus';
import { pythonParser } from '../helpers/extract';

const kinds = (text: string) => scanTopLevel(text)?.map((statement) => `${statement.kind} ${statement.name ?? ''}`.trim());

describe('scanTopLevel', () => {
  it('splits definitions, classes and other statements', () => {
    const text = 'import os\n\n@wrap\n@other(1)\ndef f(x):\n    return x\n\nasync def g(): pass\nclass C(Base):\n    pass\nx = 1\n';
    expect(kinds(text)).toEqual(['other', 'def f', 'async def g', 'class C', 'other']);
    expect(scanTopLevel(text)?.[1]).toEqual({ kind: 'def', name: 'f', start: 11, end: 51 });
  });

  it('ignores column-0 text inside strings, brackets and continuations', () => {
    const text = [
      'def f():',
      '    s = """',
      'def not_a_function():',
      '"""',
      '    t = (1,',
      'def_also_not, 2)',
      '    u = 1 + \\',
      'def_continued',
      '# a comment at column 0 stays in the function',
      '    return s',
      'def g(): pass',
      '',
    ].join('\n');
    expect(kinds(text)).toEqual(['def f', 'def g']);
  });

  it('reads f-string fields with nested quotes', () => {
    const text = 'def f(x):\n    return f"{x["key"]} {{braces}} {\'}\'}"\ndef g(): pass\n';
    expect(kinds(text)).toEqual(['def f', 'def g']);
  });

  it('takes a form feed before a statement as column 0', () => {
    expect(kinds('x = 1\n\fdef f(): pass\n')).toEqual(['other', 'def f']);
  });

  it('gives up on an unclosed string or bracket', () => {
    expect(scanTopLevel('def f():\n    return "open\n')).toBeNull();
    expect(scanTopLevel('x = (1,\n')).toBeNull();
    expect(scanTopLevel('x = )\n')).toBeNull();
  });
});

describe('codeOutsideStrings', () => {
  it('leaves out comments and plain strings but keeps f-string fields', () => {
    const text = 'x = "a;b" # c;d\ny = f"{(z := 1)}" + r\'q:=\' + """\n;\n"""\n';
    expect(codeOutsideStrings(text, 0, text.length)).toBe('x = S \ny = f"{(z := 1)}" + rS + S\n');
  });
});

describe('planParse', () => {
  const parsedText = (text: string) =>
    planParse(text, DEFAULT_OPTIONS)?.ranges.map((range) => text.slice(range.startIndex, range.endIndex));

  it('leaves out statements that need no parse', () => {
    const text = [
      '"""Module docstring; with a semicolon."""',
      'table = (',
      "    ';'  # SEMICOLON",
      "    ':='",
      ')',
      'if flag:',
      '    import os',
      'class C:',
      '    pass',
      'def one(x):',
      '    return len(x)',
      'def two(x):',
      '    return len(str(x))',
      '',
    ].join('\n');
    expect(parsedText(text)).toEqual(['if flag:\n    import os\n', 'def two(x):\n    return len(str(x))\n']);
  });

  it('keeps assignments whose value binds a name', () => {
    const text = 'a = f"{(len := 3)}"\nb = 1; len = 2\ndef two(x):\n    return len(str(x))\n';
    expect(parsedText(text)).toEqual([text]);
  });

  it('parses nothing when no function can qualify', () => {
    const text = 'if flag:\n    print "Python 2"\ndef one(x):\n    return len(x)\n';
    expect(parsedText(text)).toEqual([]);
  });

  it('counts only calls outside strings and comments', () => {
    const text = 'def one(x):\n    """Like len(x) or str(x)."""\n    return len(x)  # not str(x)\n';
    expect(planParse(text, DEFAULT_OPTIONS)?.skipped.map((skip) => skip.detail)).toEqual(['one calls fewer than two builtins (len).']);
  });
});

describe('scan and full parse', () => {
  it('give the same examples and skips on a generated corpus', async () => {
    const parser = await pythonParser();
    for (const mode of ['builtins', 'globals'] as const) {
      for (let seed = 1; seed <= 6; seed++) {
        const bytes = new TextEncoder().encode(generateModule(seed, 40));
        const file = { archive: 'gen.zip', path: `gen/m${seed}.py`, bytes };
        const options = { ...DEFAULT_OPTIONS, mode };
        const full = extractFile(parser, file, options, { strategy: 'full' });
        // Whole, and in batches of about 2,000 characters as a large file would be.
        for (const batchCharacters of [PARSE_BATCH_CHARACTERS, 2_000]) {
          const scan = extractFile(parser, file, options, { batchCharacters });
          expect(toJsonl(scan.examples)).toBe(toJsonl(full.examples));
          expect(scan.skipped).toEqual(full.skipped);
          expect(scan.functions).toBe(full.functions);
          expect(scan.problem).toEqual(full.problem);
        }
      }
    }
  });

  it('match a full parse in small batches', async () => {
    const parser = await pythonParser();
    const source = [
      'import os',
      'from helpers import *',
      'if os.name == "nt":',
      '    open = os.open',
      'else:',
      '    pass',
      'try:',
      '    import json',
      'except ImportError:',
      '    json = None',
      'finally:',
      '    pass',
      'class Box:',
      '    pass',
      'def first(items):',
      '    """Doc."""',
      '    return len(items), str(items), second(items), third(items)',
      '@decorate(sorted := 3)',
      'def second(items):',
      '    """Doc."""',
      '    return len(items), open(items), first(items), third(items)',
      'print "hello"',
      'def third(items):',
      '    """Doc."""',
      '    print(sorted(items), min(items), repr(items))',
      '    return first(items), second(items)',
      'for index in range(3):',
      '    pass',
      'def fourth(items):',
      '    """Doc."""',
      '    return abs(items), repr(items), first(items), Box(items)',
      '',
    ].join('\n');
    const file = { archive: 'mixed.zip', path: 'mixed/module.py', bytes: new TextEncoder().encode(source) };
    for (const mode of ['builtins', 'globals'] as const) {
      const options = { ...DEFAULT_OPTIONS, mode };
      const full = extractFile(parser, file, options, { strategy: 'full' });
      expect(full.examples.length, mode).toBeGreaterThan(0);
      for (const batchCharacters of [40, 120, 300]) {
        const scan = extractFile(parser, file, options, { batchCharacters });
        expect(toJsonl(scan.examples), `${mode} ${batchCharacters}`).toBe(toJsonl(full.examples));
        expect(scan.skipped, `${mode} ${batchCharacters}`).toEqual(full.skipped);
        expect(scan.problem, `${mode} ${batchCharacters}`).toEqual(full.problem);
      }
    }
  });
});
