import { decodeCp1252, decodeCp437, decodeLatin1 } from './single-byte';

/** Decoded source text, or the reason it could not be decoded. */
export type Decoded = { text: string } | { error: string };

// PEP 263: a coding declaration is a comment on line 1 or 2 matching this expression.
const CODING_LINE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

// Python codec names that the WHATWG encoding labels spell differently.
// Keys are normalised as Python normalises codec names: lower case, '-' as '_'.
// Latin-1, cp1252 and ASCII are decoded without TextDecoder, whose labels for
// them all mean windows-1252 (WHATWG) or Latin-1 (Node). TextDecoder has no
// cp437 at all.
const PYTHON_CODEC_LABELS: Record<string, string> = {
  latin_1: 'latin-1',
  latin1: 'latin-1',
  l1: 'latin-1',
  iso_8859_1: 'latin-1',
  iso8859_1: 'latin-1',
  cp1252: 'cp1252',
  windows_1252: 'cp1252',
  cp437: 'cp437',
  ibm437: 'cp437',
  '437': 'cp437',
  cp1251: 'windows-1251',
  cp1250: 'windows-1250',
  utf8: 'utf-8',
  utf_8: 'utf-8',
  utf_8_sig: 'utf-8',
  ascii: 'ascii',
  us_ascii: 'ascii',
  euc_jp: 'euc-jp',
  shift_jis: 'shift_jis',
  sjis: 'shift_jis',
  koi8_r: 'koi8-r',
};

/**
 * Decode Python source bytes as CPython does: UTF-8 by default, a UTF-8 BOM
 * dropped and a PEP 263 coding line honoured. CRLF and lone CR then become LF.
 * `name` is used in error messages.
 */
export function decodeSource(bytes: Uint8Array, name: string): Decoded {
  if (bytes.includes(0)) {
    return { error: `${name} contains NUL bytes, so it is not a Python source file.` };
  }

  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const found = findCodingDeclaration(body);
  // Python rejects a BOM with a coding line that names anything but UTF-8.
  if (hasBom && found !== null && toDecoderLabel(found) !== 'utf-8') {
    return { error: `${name} starts with a UTF-8 byte order mark but declares the encoding "${found}".` };
  }
  const declared = hasBom ? null : found;
  const label = declared === null ? 'utf-8' : toDecoderLabel(declared);

  if (label === 'latin-1') return { text: normaliseNewlines(decodeLatin1(body)) };
  if (label === 'cp437') return { text: normaliseNewlines(decodeCp437(body)) };
  if (label === 'cp1252') {
    const text = decodeCp1252(body);
    return text === null ? { error: `${name} is not valid ${declared}, the encoding it declares.` } : { text: normaliseNewlines(text) };
  }
  if (label === 'ascii' && body.some((byte) => byte > 0x7f)) {
    return { error: `${name} is not valid ${declared}, the encoding it declares.` };
  }

  let decoder: TextDecoder;
  try {
    // NOTE: Node and Chromium decode some codecs differently (koi8-u, cp866 and
    // several CJK ones), so the CLI and the page can disagree on such files.
    decoder = new TextDecoder(label === 'ascii' ? 'utf-8' : label, { fatal: true, ignoreBOM: true });
  } catch {
    return { error: `${name} declares the encoding "${declared}", which is not supported.` };
  }

  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    return declared === null
      ? { error: `${name} is not valid UTF-8 and declares no other encoding (PEP 263 coding line).` }
      : { error: `${name} is not valid ${declared}, the encoding it declares.` };
  }
  return { text: normaliseNewlines(text) };
}

/** Turn CRLF and lone CR line ends into LF. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function toDecoderLabel(codec: string): string {
  const lower = codec.toLowerCase();
  return PYTHON_CODEC_LABELS[lower.replace(/-/g, '_')] ?? lower;
}

function findCodingDeclaration(bytes: Uint8Array): string | null {
  // The declaration is ASCII, so the first two lines can be read as Latin-1 safely.
  const head = new TextDecoder('iso-8859-1').decode(bytes.subarray(0, 512));
  const [first = '', second = ''] = head.split(/\r\n|\r|\n/, 2);
  const inFirst = CODING_LINE.exec(first);
  if (inFirst) return inFirst[1];
  // The second line counts only when the first is blank or a comment.
  if (/^[ \t\f]*(#.*)?$/.test(first)) {
    const inSecond = CODING_LINE.exec(second);
    if (inSecond) return inSecond[1];
  }
  return null;
}
