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
 * closing quotes; the classes are the body lines after the docstring, as
 * written and with the pair swapped.
 */
export function buildExample(
  text: string,
  facts: FunctionFacts,
  docstring: Node,
  swap: [string, string],
  source: ExampleSource,
): ReviewExample {
  const [first, second] = swap;
  const headerStart = lineStart(text, facts.node.startIndex);
  const prompt = `${first}, ${second} = ${second}, ${first}\n` + text.slice(headerStart, docstring.endIndex);

  const last = facts.statements[facts.statements.length - 1];
  const bodyStart = text.indexOf('\n', docstring.endIndex) + 1;
  const bodyEnd = lineEnd(text, last.endIndex);
  const body = text.slice(bodyStart, bodyEnd);

  const renamed = [...(facts.references.get(first) ?? []), ...(facts.references.get(second) ?? [])]
    .filter((span) => span.start >= bodyStart && span.end <= bodyEnd)
    .sort((a, b) => a.start - b.start);
  const replacements = new Map([
    [first, second],
    [second, first],
  ]);

  const original: Span[] = [];
  const swapped: Span[] = [];
  let swappedBody = '';
  let copied = bodyStart;
  for (const span of renamed) {
    const name = text.slice(span.start, span.end);
    const replacement = replacements.get(name)!;
    swappedBody += text.slice(copied, span.start);
    const offset = CLASS_PREFIX.length + swappedBody.length;
    swapped.push({ start: offset, end: offset + replacement.length });
    original.push({ start: CLASS_PREFIX.length + span.start - bodyStart, end: CLASS_PREFIX.length + span.end - bodyStart });
    swappedBody += replacement;
    copied = span.end;
  }
  swappedBody += text.slice(copied, bodyEnd);

  return {
    id: hashText(`${source.archive}\u0000${source.path}\u0000${source.line}\u0000${source.function}`),
    prompt,
    classes: [CLASS_PREFIX + body + '\n', CLASS_PREFIX + swappedBody + '\n'],
    answer_index: 1,
    swap,
    source,
    highlights: { original, swapped },
    warnings: [],
  };
}

function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

function lineEnd(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end === -1 ? text.length : end;
}
