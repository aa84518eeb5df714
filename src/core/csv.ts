import type { Example } from './types';

/**
 * Serialise examples in the Inverse Scaling Prize format: header
 * `prompt,classes,answer_index`, RFC 4180 quoting and CRLF row ends, with
 * `classes` written as a Python list literal that `ast.literal_eval` reads
 * back to exactly the same strings.
 */
export function toCsv(examples: Example[]): string {
  const rows = ['prompt,classes,answer_index'];
  for (const example of examples) {
    const classes = `[${example.classes.map(pythonStringLiteral).join(', ')}]`;
    rows.push([csvField(example.prompt), csvField(classes), String(example.answer_index)].join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Write `text` as a single-quoted Python 3 string literal. Backslashes,
 * quotes, line ends and every control character are escaped, so the literal
 * is one line of printable text. Other characters are kept as they are.
 */
export function pythonStringLiteral(text: string): string {
  let literal = "'";
  for (const character of text) {
    literal += escapeCharacter(character);
  }
  return literal + "'";
}

const NAMED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function escapeCharacter(character: string): string {
  const named = NAMED_ESCAPES[character];
  if (named !== undefined) return named;
  const code = character.codePointAt(0)!;
  // C0 and C1 controls, DEL, the Unicode line and paragraph separators, and
  // lone surrogates (which UTF-8 cannot encode) are written as escapes.
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `\\x${hex(code, 2)}`;
  if (code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff)) return `\\u${hex(code, 4)}`;
  return character;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}
