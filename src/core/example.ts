import type { Node } from 'web-tree-sitter';
import type { FunctionFacts } from './analyse';
import { hashText } from './hash';
import type { ExampleSource, ReviewExample, Span } from './types';

// Each class starts with a space and a newline: the prize's evaluation
// pipeline expects the leading space.
const CLASS_PREFIX = ' \n';

/**
 * Build the example for a function and a chosen pair. The prompt is the swap
 * line and the source from the function's first line through the docstring's
 * closing quotes. The classes are the body lines after the docstring, as
 * written and with the pair swapped. Every allowed name's references are
 * kept, so another pair can be chosen later without the source.
 */
export function buildExample(
  text: string,
  facts: FunctionFacts,
  docstring: Node,
  allowed: string[],
  swap: [string, string],
  source: ExampleSource,
): ReviewExample {
  const header = text.slice(lineStart(text, facts.node.startIndex), docstring.endIndex);
  const last = facts.statements[facts.statements.length - 1];
  const bodyStart = text.indexOf('\n', docstring.endIndex) + 1;
  const bodyEnd = lineEnd(text, codeEnd(text, last));
  const original = CLASS_PREFIX + text.slice(bodyStart, bodyEnd) + '\n';

  const candidates: Record<string, Span[]> = {};
  for (const name of allowed) {
    candidates[name] = (facts.references.get(name) ?? [])
      .filter((span) => span.start >= bodyStart && span.end <= bodyEnd)
      .map((span) => ({ start: span.start - bodyStart + CLASS_PREFIX.length, end: span.end - bodyStart + CLASS_PREFIX.length }));
  }

  const example: ReviewExample = {
    id: hashText(`${source.archive}\u0000${source.path}\u0000${source.line}\u0000${source.function}`),
    prompt: '',
    classes: [original, original],
    answer_index: 1,
    swap,
    source,
    highlights: { original: [], swapped: [] },
    candidates,
    warnings: [],
  };
  return applySwap(example, header, swap);
}

/** Return the example with another pair of its allowed names swapped. */
export function reswap(example: ReviewExample, swap: [string, string]): ReviewExample {
  for (const name of swap) {
    if (!Object.hasOwn(example.candidates, name)) {
      throw new Error(`${name} cannot be swapped in ${example.source.function}: it is not one of its allowed names.`);
    }
  }
  if (swap[0] === swap[1]) throw new Error(`A swap needs two different names, not ${swap[0]} twice.`);
  const header = example.prompt.slice(example.prompt.indexOf('\n') + 1);
  return applySwap(example, header, swap);
}

function applySwap(example: ReviewExample, header: string, swap: [string, string]): ReviewExample {
  const [first, second] = swap;
  const original = example.classes[0];
  // Tag each span with its new name: the source may spell a name differently (NFKC).
  const renamed = [
    ...example.candidates[first].map((span) => ({ span, replacement: second })),
    ...example.candidates[second].map((span) => ({ span, replacement: first })),
  ].sort((a, b) => a.span.start - b.span.start);

  const originalSpans: Span[] = [];
  const swappedSpans: Span[] = [];
  let swapped = '';
  let copied = 0;
  for (const { span, replacement } of renamed) {
    swapped += original.slice(copied, span.start);
    swappedSpans.push({ start: swapped.length, end: swapped.length + replacement.length });
    originalSpans.push(span);
    swapped += replacement;
    copied = span.end;
  }
  swapped += original.slice(copied);

  return {
    ...example,
    prompt: `${first}, ${second} = ${second}, ${first}\n${header}`,
    classes: [original, swapped],
    swap,
    highlights: { original: originalSpans, swapped: swappedSpans },
  };
}

// The end of a statement's last code token: tree-sitter can end a block at a
// comment that follows its last statement, and the body stops before those.
function codeEnd(text: string, node: Node): number {
  let current = node;
  for (;;) {
    const children = current.namedChildren.filter((child) => child !== null && child.type !== 'comment');
    const last = children[children.length - 1];
    if (last === undefined || last === null) return current.endIndex;
    // Only whitespace and comments after the last child: they are trailing comments.
    if (!/^(?:\s|#[^\n]*)*$/.test(text.slice(last.endIndex, current.endIndex))) return current.endIndex;
    current = last;
  }
}

function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

function lineEnd(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end === -1 ? text.length : end;
}
