import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { pythonStringLiteral, toCsv } from '../../src/core/csv';
import type { Example } from '../../src/core/types';

const run = promisify(execFile);

// Reads the CSV with Python's csv module and ast.literal_eval, and prints the rows as JSON.
const READ_BACK = `
import ast, csv, json, sys
with open(sys.argv[1], encoding="utf-8", newline="") as stream:
    rows = list(csv.DictReader(stream))
print(json.dumps([[row["prompt"], ast.literal_eval(row["classes"]), int(row["answer_index"])] for row in rows]))
`;

function example(prompt: string, original: string, swapped: string): Example {
  return {
    id: '0',
    prompt,
    classes: [original, swapped],
    answer_index: 1,
    swap: ['len', 'print'],
    source: { archive: 'a.zip', path: 'a.py', line: 1, function: 'f' },
  };
}

const HARD_TEXTS = [
  ' \n    return "a\\\\b" + \'c\' + r"\\d"\n',
  ' \n    s = """triple "quoted" \'\'\' text"""\n',
  ' \n\tx = "tab\\there"\r\n',
  ' \n    y = "NUL \u0000 and BEL \u0007 and DEL \u007f and \u0085"\n',
  ' \n    z = "café 日本 😀 \u2028 end"\n',
  ' \n    w = "a,b","c""d"\n',
];

describe('pythonStringLiteral', () => {
  it('escapes quotes, backslashes and controls', () => {
    expect(pythonStringLiteral('a\'b"c\\d\ne\tf\u0000g')).toBe("'a\\'b\"c\\\\d\\ne\\tf\\x00g'");
  });

  it('keeps printable non-ASCII text', () => {
    expect(pythonStringLiteral('café 😀')).toBe("'café 😀'");
  });
});

describe('toCsv', () => {
  it('writes the prize header and quotes fields', () => {
    const csv = toCsv([example('len, print = print, len\ndef f():\n    "Doc, with comma."', ' \n    pass\n', ' \n    pass\n')]);
    expect(csv).toBe(
      'prompt,classes,answer_index\r\n' +
        '"len, print = print, len\ndef f():\n    ""Doc, with comma."""' +
        ",\"[' \\n    pass\\n', ' \\n    pass\\n']\",1\r\n",
    );
  });

  it('reads back in Python to the same strings', async () => {
    const examples = HARD_TEXTS.map((text, index) => example(`len, print = print, len\ndef f${index}():\n    """D\\"o'c."""`, text, text.replace('"', "'")));
    const folder = await mkdtemp(join(tmpdir(), 'swapset-csv-'));
    const path = join(folder, 'dataset.csv');
    await writeFile(path, toCsv(examples), 'utf8');
    const { stdout } = await run('python3', ['-c', READ_BACK, path]);
    const rows = JSON.parse(stdout) as Array<[string, string[], number]>;
    expect(rows).toHaveLength(examples.length);
    rows.forEach(([prompt, classes, answerIndex], index) => {
      expect(prompt).toBe(examples[index].prompt);
      expect(classes).toEqual(examples[index].classes);
      expect(answerIndex).toBe(1);
    });
  });
});
