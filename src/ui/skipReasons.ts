import { DEFAULT_OPTIONS, type SkipReason } from '../core/types';

// A Record over SkipReason, so the type check fails when the core adds a
// reason that the page cannot name yet.

/** Short name of each skip reason, as the filter buttons and list rows show it. */
export const SKIP_REASON_LABELS: Record<SkipReason, string> = {
  'async': 'Async function',
  'not-python-3': 'Not valid Python 3',
  'no-docstring': 'No docstring',
  'code-after-docstring': 'Code on the docstring line',
  'few-builtins': 'Fewer than two builtins called',
  'few-globals': 'Fewer than two top-level names called',
  'too-long': 'Too long',
  'few-swappable': 'Fewer than two swappable builtins',
};

/** The rule behind each skip reason, in one or two sentences. */
export const SKIP_REASON_RULES: Record<SkipReason, string> = {
  'async': 'Only plain def functions become examples, so async def functions are skipped.',
  'not-python-3':
    'A function must be valid Python 3, without syntax errors or Python 2 forms such as print statements, backticks or <>.',
  'no-docstring': 'The prompt ends with the docstring, so the first statement must be a plain string literal.',
  'code-after-docstring':
    'The prompt stops where the docstring closes, so the body must start on a line after the docstring.',
  'few-builtins': 'The body must call at least two different builtins by bare name.',
  'few-globals':
    'In globals mode, the body must call at least two different top-level names of its module that are not builtins.',
  'too-long': `A function may have at most ${DEFAULT_OPTIONS.maxTokens} whitespace-separated tokens, comments not counted.`,
  'few-swappable':
    'At least two of the called names must be swappable. The detail names each one that cannot be swapped and why.',
};
