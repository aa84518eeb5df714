import { selectFromBuild } from '../core/build';
import { toCsv } from '../core/csv';
import { toJsonl } from '../core/dataset';
import { buildExportZip } from '../core/export';
import type { BuildCounts } from '../core/manifest';
import { exportedExamples, type ReviewDecision } from '../core/review';
import type { SelectionSettings } from '../core/select';
import type { FinishedParse } from './parseJob';
import type { ExportFormat } from './protocol';

/** Select the dataset's examples of a finished parse, as the CLI does with the same settings. */
export function selectDataset(parse: FinishedParse, selection: SelectionSettings): { ids: string[]; counts: BuildCounts } {
  const { examples, counts } = selectFromBuild(parse, selection, parse.options.seed);
  return { ids: examples.map((example) => example.id), counts };
}

/**
 * Write one download. The zip is the core's export with the review decisions;
 * JSONL and CSV hold the exported examples in the CLI's formats, so without
 * decisions they are byte for byte the CLI's `--out FILE.jsonl` and `.csv`.
 */
export async function exportDataset(
  parse: FinishedParse,
  format: ExportFormat,
  selection: SelectionSettings,
  acceptedOnly: boolean,
  decisions: Record<string, ReviewDecision>,
): Promise<Uint8Array> {
  const { examples, counts } = selectFromBuild(parse, selection, parse.options.seed);
  if (format === 'zip') {
    const { options, archives } = parse;
    return buildExportZip({ examples, decisions, options, selection, acceptedOnly, archives, counts });
  }

  const exported = exportedExamples(examples, decisions, acceptedOnly);
  const text = format === 'jsonl' ? toJsonl(exported) : toCsv(exported);
  return new TextEncoder().encode(text);
}
