import JSZip from 'jszip';
import { writeDataCard } from './card';
import { toCsv } from './csv';
import { toJsonLine, toRow } from './dataset';
import { buildManifest, type ArchiveInfo, type BuildCounts, type Manifest } from './manifest';
import { applyDecision, isExported, type ReviewDecision } from './review';
import type { SelectionSettings } from './select';
import type { BuildOptions, Example, ReviewExample } from './types';

/** Everything an export is made from. */
export interface ExportInput {
  /** The selected examples, sorted by archive, path and line. */
  examples: ReviewExample[];
  decisions: Record<string, ReviewDecision>;
  options: BuildOptions;
  selection: SelectionSettings;
  /** Export accepted examples only, instead of every example not rejected. */
  acceptedOnly: boolean;
  archives: ArchiveInfo[];
  counts: BuildCounts;
}

// A fixed timestamp for every entry, so the same input gives the same zip bytes.
const ENTRY_DATE = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));

/** Build the export zip: dataset.jsonl, dataset.csv, rejected.jsonl, manifest.json and README.md. */
export async function buildExportZip(input: ExportInput): Promise<Uint8Array> {
  const files = buildExportFiles(input);
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) {
    zip.file(name, text, { date: ENTRY_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/** Build the text of each file in the export zip, by name. */
export function buildExportFiles(input: ExportInput): Record<string, string> {
  const exported: Example[] = [];
  const exportedLines: string[] = [];
  const rejectedLines: string[] = [];
  let accepted = 0;
  let rejected = 0;
  for (const original of input.examples) {
    const { example, review } = applyDecision(original, input.decisions[original.id]);
    const line = toJsonLine({ ...toRow(example), review });
    if (review.status === 'accepted') accepted++;
    if (review.status === 'rejected') {
      rejected++;
      rejectedLines.push(line);
    } else if (isExported(review.status, input.acceptedOnly)) {
      exported.push(example);
      exportedLines.push(line);
    }
  }

  const manifest: Manifest = buildManifest(input.options, input.selection, input.acceptedOnly, input.archives, input.counts, {
    examples: input.examples.length,
    accepted,
    rejected,
    unreviewed: input.examples.length - accepted - rejected,
    exported: exported.length,
  });
  return {
    'dataset.jsonl': exportedLines.join(''),
    'dataset.csv': toCsv(exported),
    'rejected.jsonl': rejectedLines.join(''),
    'manifest.json': JSON.stringify(manifest, null, 2) + '\n',
    'README.md': writeDataCard(manifest, exported),
  };
}
