import type { FunctionFacts } from './analyse';
import type { ModuleBindings } from './module';
import { PYTHON_BUILTINS, UNSWAPPABLE_BUILTINS } from './builtins';
import { hashText, seededRandom } from './hash';
import type { ExampleSource, Mode } from './types';

/**
 * The names a function calls that are candidates for a swap in this mode:
 * builtins, or names the module binds at top level that are not builtins.
 */
export function candidateNames(facts: FunctionFacts, moduleBindings: ModuleBindings, mode: Mode): string[] {
  const names = [...facts.calledNames].filter((name) =>
    mode === 'builtins' ? PYTHON_BUILTINS.has(name) : !PYTHON_BUILTINS.has(name) && moduleBindings.names.has(name),
  );
  return names.sort();
}

/** The candidates that may not be swapped in this function, each with the reason. */
export function refusedNames(
  candidates: string[],
  facts: FunctionFacts,
  moduleBindings: ModuleBindings,
  mode: Mode,
): Map<string, string> {
  const refused = new Map<string, string>();
  for (const name of candidates) {
    const reason = refusalReason(name, facts, moduleBindings, mode);
    if (reason !== null) refused.set(name, reason);
  }
  return refused;
}

// Builtins that run code given as a string, which may name any other name.
const EVALUATORS = ['eval', 'exec', 'compile'];

function refusalReason(name: string, facts: FunctionFacts, moduleBindings: ModuleBindings, mode: Mode): string | null {
  if (UNSWAPPABLE_BUILTINS.has(name)) return 'never swapped';
  if (name === facts.name) return "the function's own name";
  if (facts.boundNames.has(name)) return 'bound in the function';
  if (facts.headerNames.has(name)) return 'used in decorators, defaults or annotations';
  if (name === 'type' && facts.misreadTypeAlias) return 'called in a statement the parser reads as a type alias';
  if (mode === 'builtins' && moduleBindings.names.has(name)) return 'rebound by the module';
  if (mode === 'globals' && moduleBindings.declaredGlobal.has(name)) return 'rebound through a global statement';
  if (facts.headerStrings.some((text) => containsWord(text, name))) return 'named in a string in the decorators, defaults or annotations';
  if (facts.printedNames.has(name)) return 'printed as source text by an f-string field with =';
  // getattr(builtins, "len") and globals()["len"] reach the name through a string.
  if (facts.strings.includes(name)) return 'referred to by a string';
  if (EVALUATORS.some((evaluator) => facts.calledNames.has(evaluator))) {
    if (facts.strings.some((text) => containsWord(text, name))) return 'named in a string the function may evaluate';
  }
  return null;
}

// Whether `name` occurs in `text` as a whole word.
function containsWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!/\w/.test(text[at - 1] ?? '') && !/\w/.test(text[at + name.length] ?? '')) return true;
  }
  return false;
}

/**
 * Choose two of the allowed names. The choice depends only on the seed, the
 * file's path and the function's name and line, so it does not change with
 * the order in which files are processed.
 */
export function choosePair(allowed: string[], seed: number, source: ExampleSource): [string, string] {
  const names = [...allowed].sort();
  const key = hashText(`${seed}\u0000${source.path}\u0000${source.function}\u0000${source.line}`);
  const random = seededRandom(parseInt(key.slice(0, 8), 16));
  const first = Math.floor(random() * names.length);
  let second = Math.floor(random() * (names.length - 1));
  if (second >= first) second++;
  return [names[first], names[second]];
}
