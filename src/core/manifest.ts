import type { SelectionSettings } from './select';
import type { BuildOptions, SkipReason } from './types';
import { compareText } from './dataset';
import { SWAPSET_VERSION } from './version';

/** The export's record of one dropped archive or file. */
export interface ArchiveInfo {
  name: string;
  sha256: string;
  pythonFiles: number;
  filesWithProblems: number;
  /** SPDX identifier, "unknown" for an unrecognised licence file, or null without one. */
  licence: string | null;
  licenceFile: string | null;
}

/** Counts of a build, before review. */
export interface BuildCounts {
  /** Top-level functions seen. */
  functions: number;
  /** Functions that became examples, before de-duplication and caps. */
  eligible: number;
  skipped: Partial<Record<SkipReason, number>>;
  duplicates: number;
  overArchiveCap: number;
  overMax: number;
}

/** Everything a dataset card needs, written as manifest.json. */
export interface Manifest {
  swapset_version: string;
  settings: {
    mode: BuildOptions['mode'];
    seed: number;
    max_tokens: number;
    max_examples: number | null;
    per_archive: number | null;
    dedup: boolean;
    accepted_only: boolean;
  };
  archives: Array<{
    name: string;
    sha256: string;
    python_files: number;
    files_with_problems: number;
    licence: string | null;
    licence_file: string | null;
  }>;
  counts: {
    functions_seen: number;
    eligible: number;
    skipped: Partial<Record<SkipReason, number>>;
    duplicates_removed: number;
    over_archive_cap: number;
    over_max_examples: number;
    examples: number;
    accepted: number;
    rejected: number;
    unreviewed: number;
    exported: number;
  };
}

/** Review totals over the selected examples. */
export interface ReviewCounts {
  examples: number;
  accepted: number;
  rejected: number;
  unreviewed: number;
  exported: number;
}

/** Write the settings as the manifest and the session file record them. */
export function settingsRecord(options: BuildOptions, selection: SelectionSettings, acceptedOnly: boolean): Manifest['settings'] {
  return {
    mode: options.mode,
    seed: options.seed,
    max_tokens: options.maxTokens,
    max_examples: selection.maxExamples,
    per_archive: selection.perArchive,
    dedup: selection.dedup,
    accepted_only: acceptedOnly,
  };
}

/** Assemble the manifest; keys are sorted where the order would otherwise depend on input order. */
export function buildManifest(
  options: BuildOptions,
  selection: SelectionSettings,
  acceptedOnly: boolean,
  archives: ArchiveInfo[],
  counts: BuildCounts,
  review: ReviewCounts,
): Manifest {
  const skipped = Object.fromEntries(Object.entries(counts.skipped).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    swapset_version: SWAPSET_VERSION,
    settings: settingsRecord(options, selection, acceptedOnly),
    archives: [...archives]
      .sort((a, b) => compareText(a.name, b.name))
      .map((archive) => ({
        name: archive.name,
        sha256: archive.sha256,
        python_files: archive.pythonFiles,
        files_with_problems: archive.filesWithProblems,
        licence: archive.licence,
        licence_file: archive.licenceFile,
      })),
    counts: {
      functions_seen: counts.functions,
      eligible: counts.eligible,
      skipped,
      duplicates_removed: counts.duplicates,
      over_archive_cap: counts.overArchiveCap,
      over_max_examples: counts.overMax,
      ...review,
    },
  };
}
