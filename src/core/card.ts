import type { Manifest } from './manifest';
import type { Example } from './types';

const MODE_DESCRIPTIONS: Record<Manifest['settings']['mode'], string> = {
  builtins: 'two Python builtins called in the function',
  globals: 'two top-level names of the module (not builtins) called in the function',
};

/** Write the dataset card (README.md of an export) from the manifest and the exported examples. */
export function writeDataCard(manifest: Manifest, examples: Example[]): string {
  const { settings, counts } = manifest;
  const lines = [
    '# Identifier-swap dataset',
    '',
    `Built with Swapset ${manifest.swapset_version}. Each example swaps ${MODE_DESCRIPTIONS[settings.mode]}.`,
    '',
    '## Task',
    '',
    'The prompt starts with a line that swaps two names, such as `len, print = print, len`, followed by a',
    "function's header and docstring. The two classes continue the function: `classes[0]` is the original",
    'body, idiomatic but wrong after the swap, and `classes[1]` is the same body with every reference to',
    'the two names swapped, odd but correct. `answer_index` is 1. Each class starts with a space and a',
    'newline, as the Inverse Scaling Prize evaluation pipeline expects.',
    '',
    '## Files',
    '',
    '- `dataset.jsonl`: one example per line with `id`, `prompt`, `classes`, `answer_index`, `swap`, `source` and `review`.',
    '- `dataset.csv`: the same examples in the prize format, `prompt,classes,answer_index`, with `classes` a Python list literal.',
    '- `rejected.jsonl`: the examples rejected in review, with reasons and notes.',
    '- `manifest.json`: settings, sources and counts.',
    '',
    '## How it was built',
    '',
    `- Mode: ${settings.mode}; seed: ${settings.seed}; at most ${settings.max_tokens} tokens per function.`,
    `- Repeated functions removed: ${settings.dedup ? 'yes' : 'no'}; per-archive cap: ${settings.per_archive ?? 'none'}; maximum examples: ${settings.max_examples ?? 'none'}.`,
    `- Exported: ${settings.accepted_only ? 'accepted examples only' : 'every example not rejected'}.`,
    '- A name is swapped only where it is free in the whole function: never bound in it, not used in its',
    "  decorators, defaults or annotations, not the function's own name, and not referred to through a string.",
    settings.mode === 'builtins'
      ? '- A builtin is not swapped where the module rebinds it.'
      : "- Only names bound at the module's top level, and not builtins, are swapped.",
    '',
    '## Counts',
    '',
    '| count | value |',
    '| --- | --- |',
    `| top-level functions seen | ${counts.functions_seen} |`,
    `| eligible functions | ${counts.eligible} |`,
    ...Object.entries(counts.skipped).map(([reason, count]) => `| skipped: ${reason} | ${count} |`),
    `| repeated functions removed | ${counts.duplicates_removed} |`,
    `| over the per-archive cap | ${counts.over_archive_cap} |`,
    `| over the maximum | ${counts.over_max_examples} |`,
    `| examples | ${counts.examples} |`,
    `| accepted | ${counts.accepted} |`,
    `| rejected | ${counts.rejected} |`,
    `| unreviewed | ${counts.unreviewed} |`,
    `| exported | ${counts.exported} |`,
    '',
    '## Swapped pairs',
    '',
    ...pairTable(examples),
    '',
    '## Sources and licences',
    '',
    '| archive | SHA-256 | Python files | licence |',
    '| --- | --- | --- | --- |',
    ...manifest.archives.map(
      (archive) =>
        `| ${escapeCell(archive.name)} | \`${archive.sha256}\` | ${archive.python_files} | ${licenceCell(archive.licence, archive.licence_file)} |`,
    ),
    '',
    'Check each licence before you redistribute the examples: they are verbatim excerpts of the sources.',
    '',
  ];
  return lines.join('\n');
}

function pairTable(examples: Example[]): string[] {
  if (examples.length === 0) return ['No examples were exported.'];
  const counts = new Map<string, number>();
  for (const example of examples) {
    const key = [...example.swap].sort().join(' ↔ ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shown = rows.slice(0, 20).map(([pair, count]) => `| ${pair} | ${count} |`);
  const rest = rows.length > 20 ? [`| ${rows.length - 20} other pairs | ${rows.slice(20).reduce((sum, row) => sum + row[1], 0)} |`] : [];
  return ['| pair | examples |', '| --- | --- |', ...shown, ...rest];
}

function licenceCell(licence: string | null, file: string | null): string {
  if (licence === null) return 'no licence file found';
  return `${licence} (${escapeCell(file ?? '')})`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}
