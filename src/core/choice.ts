import type { FunctionFacts } from './analyse';
import type { ModuleBindings } from './module';
import { UNSWAPPABLE_BUILTINS } from './builtins';
import { hashText, seededRandom } from './hash';
import type { ExampleSource } from './types';

/** The called builtins that may not be swapped in this function, each with the reason. */
export function refusedBuiltins(facts: FunctionFacts, moduleBindings: ModuleBindings): Map<string, string> {
  const refused = new Map<string, string>();
  for (const name of facts.calledBuiltins) {
    const reason = refusalReason(name, facts, moduleBindings);
    if (reason !== null) refused.set(name, reason);
  }
  return refused;
}

// Builtins that run code given as a string, which may name any other builtin.
const EVALUATORS = ['eval', 'exec', 'compile'];

function refusalReason(name: string, facts: FunctionFacts, moduleBindings: ModuleBindings): string | null {
  if (UNSWAPPABLE_BUILTINS.has(name)) return 'never swapped';
  if (name === facts.name) return "the function's own name";
  if (facts.boundNames.has(name)) return 'bound in the function';
  if (facts.headerNames.has(name)) return 'used in decorators, defaults or annotations';
  if (moduleBindings.names.has(name)) return 'rebound by the module';
  // getattr(builtins, "len") and globals()["len"] reach the name through a string.
  if (facts.strings.includes(name)) return 'referred to by a string';
  if (EVALUATORS.some((evaluator) => facts.calledBuiltins.has(evaluator))) {
    const word = new RegExp(`(^|[^\\w])${name}($|[^\\w])`, 'u');
    if (facts.strings.some((text) => word.test(text))) return 'named in a string the function may evaluate';
  }
  return null;
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
