/** A top-level statement found by scanning the source, before any parse. */
export interface TopLevelStatement {
  kind: 'def' | 'async def' | 'class' | 'other';
  /** The name after `def` or `class`, or null. */
  name: string | null;
  /** Offset of the statement's first line (its first decorator, if any). */
  start: number;
  /** Offset just past the statement's last line, before the next top-level statement. */
  end: number;
}

/**
 * Split Python source into top-level statements by scanning strings,
 * comments, brackets and line continuations, without parsing. A statement
 * starts at a line that begins at column 0 outside any bracket, string or
 * continuation. Returns null when the scan cannot be trusted (an unclosed
 * string or bracket), so the caller parses the whole file instead.
 */
export function scanTopLevel(text: string): TopLevelStatement[] | null {
  const starts: number[] = [];
  const special = /["'#\\\n()[\]{}]/g;
  const length = text.length;
  let depth = 0;
  let i = 0;
  let lineStart = true;

  while (i < length) {
    if (lineStart) {
      lineStart = false;
      let column = i;
      while (column < length && text.charCodeAt(column) === 12) column++;
      const first = text[column];
      if (depth === 0 && first !== undefined && first !== ' ' && first !== '\t' && first !== '\n' && first !== '#' && first !== '\\') {
        starts.push(i);
      }
    }
    // Jump to the next character that matters; everything between is plain code.
    special.lastIndex = i;
    const match = special.exec(text);
    if (match === null) break;
    i = match.index;
    const character = text[i];
    if (character === '\n') {
      lineStart = true;
      i++;
    } else if (character === '#') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? length : end;
    } else if (character === '\\') {
      // A continuation joins the next line, so it cannot start a statement.
      i += text[i + 1] === '\n' ? 2 : 1;
    } else if (character === '"' || character === "'") {
      const end = skipString(text, i);
      if (end === -1) return null;
      i = end;
    } else if (character === '(' || character === '[' || character === '{') {
      depth++;
      i++;
    } else {
      depth--;
      if (depth < 0) return null;
      i++;
    }
  }
  if (depth !== 0) return null;
  return group(text, starts);
}

/**
 * Return the code of text[start, end) with comments left out and every plain
 * string literal, quotes included, replaced by `S`. F- and t-strings are
 * kept whole, since their fields are code. Returns null when a string does
 * not close before `end`.
 */
export function codeOutsideStrings(text: string, start: number, end: number): string | null {
  let code = '';
  let i = start;
  while (i < end) {
    // A search bounded by `end`: a regular expression would look on to the
    // next quote in the file, which made many short statements quadratic.
    let next = i;
    while (next < end && !isQuoteOrHash(text.charCodeAt(next))) next++;
    if (next >= end) break;
    code += text.slice(i, next);
    i = next;
    if (text[i] === '#') {
      const lineEnd = text.indexOf('\n', i);
      i = lineEnd === -1 || lineEnd > end ? end : lineEnd;
      continue;
    }
    const close = skipString(text, i);
    if (close === -1 || close > end) return null;
    code += isFormatString(text, i) ? text.slice(i, close) : 'S';
    i = close;
  }
  return code + text.slice(i, end);
}

function isQuoteOrHash(code: number): boolean {
  return code === 34 || code === 39 || code === 35;
}

// Return the offset just past the string literal whose opening quote is at
// `quote`, or -1 when it is not closed. A backslash always protects the next
// character, even in raw strings. F-string fields are scanned for nested
// strings, which Python 3.12 allows to reuse the enclosing quote.
function skipString(text: string, quote: number): number {
  const mark = text[quote];
  const triple = text[quote + 1] === mark && text[quote + 2] === mark;
  const stops = stopPattern(mark, triple, isFormatString(text, quote));
  let i = quote + (triple ? 3 : 1);
  while (i < text.length) {
    stops.lastIndex = i;
    const match = stops.exec(text);
    if (match === null) return -1;
    i = match.index;
    const character = text[i];
    if (character === '\\') {
      i += 2;
    } else if (character === '\n') {
      return -1;
    } else if (character === '{') {
      if (text[i + 1] === '{') {
        i += 2;
      } else {
        i = skipField(text, i + 1);
        if (i === -1) return -1;
      }
    } else if (!triple) {
      return i + 1;
    } else if (text[i + 1] === mark && text[i + 2] === mark) {
      return i + 3;
    } else {
      i++;
    }
  }
  return -1;
}

const STOP_PATTERNS = new Map<string, RegExp>();

// The characters that can end or change a string's scan: its quote, a
// backslash, a newline (single-quoted strings only) and "{" (f-strings only).
function stopPattern(mark: string, triple: boolean, isFormat: boolean): RegExp {
  const key = `${mark}${triple}${isFormat}`;
  let pattern = STOP_PATTERNS.get(key);
  if (pattern === undefined) {
    pattern = new RegExp(`[${mark}\\\\${triple ? '' : '\\n'}${isFormat ? '{' : ''}]`, 'g');
    STOP_PATTERNS.set(key, pattern);
  }
  return pattern;
}

// Skip an f-string replacement field that starts after its `{`: brackets,
// nested strings and nested fields, up to the matching `}`.
function skipField(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const character = text[i];
    if (character === '"' || character === "'") {
      i = skipString(text, i);
      if (i === -1) return -1;
    } else if (character === '(' || character === '[' || character === '{') {
      depth++;
      i++;
    } else if (character === ')' || character === ']') {
      depth--;
      i++;
    } else if (character === '}') {
      if (depth === 0) return i + 1;
      depth--;
      i++;
    } else if (character === '#') {
      return -1;
    } else {
      i++;
    }
  }
  return -1;
}

function isFormatString(text: string, quote: number): boolean {
  return /[fFtT][rRbB]?$|[rR][fFtT]$/.test(prefixBefore(text, quote));
}

function prefixBefore(text: string, quote: number): string {
  let start = quote;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1]) && quote - start < 2) start--;
  // The letters are a prefix only when they are not the end of a longer name.
  if (start > 0 && /[\w]/.test(text[start - 1])) return '';
  return text.slice(start, quote);
}

const HEADER = /^\f*(?:(async)[ \t]+)?(def|class)[ \t]+([^\s(:\[]+)/;

// Turn statement starts into statements, folding decorators into the
// definition they decorate.
function group(text: string, starts: number[]): TopLevelStatement[] {
  const statements: TopLevelStatement[] = [];
  let decoratorStart: number | null = null;
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index];
    const end = index + 1 < starts.length ? starts[index + 1] : text.length;
    const line = text.slice(start, Math.min(end, start + 200));
    if (/^\f*@/.test(line)) {
      decoratorStart ??= start;
      continue;
    }
    const header = HEADER.exec(line);
    let kind: TopLevelStatement['kind'] = 'other';
    if (header !== null && header[2] === 'class') kind = 'class';
    else if (header !== null) kind = header[1] ? 'async def' : 'def';
    statements.push({ kind, name: header?.[3] ?? null, start: decoratorStart ?? start, end });
    decoratorStart = null;
  }
  if (decoratorStart !== null) statements.push({ kind: 'other', name: null, start: decoratorStart, end: text.length });
  return statements;
}
