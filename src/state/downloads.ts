import type { ExportFormat } from '../worker/protocol';
import { toExportDecisions } from './entries';
import { workerClient } from './loading';
import { useSwapsetStore } from './store';

/** A download: its button label, file name and MIME type. */
export interface DownloadFormat {
  format: ExportFormat;
  label: string;
  fileName: string;
  type: string;
}

/**
 * The downloads. Without review decisions, swapset-dataset.zip is the CLI's
 * `--out FILE.zip`, and swapset.jsonl and swapset.csv its `.jsonl` and
 * `.csv`, for the same inputs and settings.
 */
export const DOWNLOAD_FORMATS: DownloadFormat[] = [
  { format: 'zip', label: 'Download dataset', fileName: 'swapset-dataset.zip', type: 'application/zip' },
  { format: 'jsonl', label: 'Download JSONL', fileName: 'swapset.jsonl', type: 'application/jsonl' },
  { format: 'csv', label: 'Download CSV', fileName: 'swapset.csv', type: 'text/csv' },
];

/** Write a download in the worker from the current dataset, settings and review entries. */
export async function buildDownload(format: ExportFormat): Promise<ArrayBuffer> {
  const { jobId, settings, entries } = useSwapsetStore.getState();
  if (jobId === null) throw new Error('Load inputs and wait for them to be parsed before downloading.');
  return workerClient.exportDataset(jobId, format, settings.selection, settings.acceptedOnly, toExportDecisions(entries));
}
