import { seededRandom } from '../../src/core/hash';

// Builtins the generated functions call, bind and mention.
const NAMES = ['len', 'print', 'str', 'int', 'sorted', 'max', 'min', 'abs', 'repr', 'list', 'dict', 'set', 'sum', 'open', 'type', 'iter', 'next', 'zip', 'range', 'ValueError', 'KeyError'];
const VARIABLES = ['a', 'b', 'items', 'value', 'rows'];

// Statement templates: B is replaced by a builtin name, V by a variable, each
// occurrence drawn anew. Every template is valid Python 3.11 wherever it lands
// in a function body.
const STATEMENTS = [
  'V = B(V)',
  'B = V',
  'V, *B = V',
  'B += 1',
  'B: int = 1',
  'for B in V: pass',
  'for V in B(V):\n    B(V)',
  'with B(V) as V: pass',
  'with V as (V, B): pass',
  'try:\n    B(V)\nexcept B as V:\n    pass',
  'try:\n    pass\nexcept (B, B) as B:\n    pass',
  'import B',
  'from os import B',
  'import os as B',
  'def B(): pass',
  'class B: pass',
  'def inner(p=B, *B, **q): return B',
  'def inner(V: B = B) -> B: return V',
  '@B\ndef inner(): return B(V)',
  'V = lambda B: B',
  'V = lambda V=B: B(V)',
  'V = [V for V in B(V)]',
  'V = [B for B in V]',
  'V = {B: V for V in B(V) if B(V)}',
  'V = (B := V)',
  'V = [(B := y) for y in V]',
  'del B',
  'V.B = B',
  'V(B=B)',
  'V = "B"',
  'V = B.__name__',
  'V = B[0]',
  '# B',
  'V = f"{B(V)!r:>{B}} B"',
  'match V:\n    case B(): pass\n    case [B, *V]: pass\n    case {"k": V, **B}: pass\n    case V.B: pass',
  'class C(B):\n    B = B(V)\n    def m(self, B=B): return B',
  'async def g():\n    async for B in V: pass\n    await B(V)',
  'def g():\n    w = 1\n    def h():\n        nonlocal w\n        w = B(V)',
  'V = B(V) if B(V) else B',
  'assert B(V), B',
  'raise B(V)',
];

const MODULE_STATEMENTS = ['B = None', 'from os import B', 'def B(): pass', 'V: list[B] = []'];

/**
 * Generate a Python module of `count` top-level functions that mix binding and
 * reference forms of builtins, from a seed. The same seed gives the same text.
 */
export function generateModule(seed: number, count: number): string {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const fill = (template: string) => template.replace(/B/g, () => pick(NAMES)).replace(/V/g, () => pick(VARIABLES));

  const lines: string[] = [];
  if (random() < 0.5) lines.push(fill(pick(MODULE_STATEMENTS)), '');
  for (let index = 0; index < count; index++) {
    const params = VARIABLES.filter(() => random() < 0.4).join(', ');
    lines.push(`def generated_${index}(${params}):`, `    """Generated function ${index}."""`);
    if (random() < 0.1) lines.push(`    global ${pick(NAMES)}`);
    const statements = 2 + Math.floor(random() * 4);
    for (let i = 0; i < statements; i++) {
      lines.push(...fill(pick(STATEMENTS)).split('\n').map((line) => `    ${line}`));
    }
    lines.push(`    return ${pick(NAMES)}(${pick(VARIABLES)}) + ${pick(NAMES)}(${pick(VARIABLES)})`, '');
  }
  return lines.join('\n');
}
