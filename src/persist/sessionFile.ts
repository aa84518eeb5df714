import { settingsRecord } from '../core/manifest';
import { DEFAULT_SELECTION } from '../core/select';
import type { Mode } from '../core/types';
import { isEmptyEntry, type PageSettings, type ReviewEntry } from '../state/entries';
import type { ArchiveIdentity } from './sessions';

/** The `format` field of every session file. */
export const SESSION_FILE_FORMAT = 'swapset-review-session';

/** The version this page writes; older versions are migrated when read. */
export const SESSION_FILE_VERSION = 1;

/** A session file as written: snake_case fields, like the export's manifest. */
interface SessionFileV1 {
  format: typeof SESSION_FILE_FORMAT;
  version: 1;
  archives: ArchiveIdentity[];
  settings: {
    mode: Mode;
    seed: number;
    max_tokens: number;
    max_examples: number | null;
    per_archive: number | null;
    dedup: boolean;
    accepted_only: boolean;
  };
  /** Entries keyed by example id. */
  decisions: Record<
    string,
    { status: ReviewEntry['status']; reason: string | null; note: string; swap: [string, string] | null; swap_chosen_by: ReviewEntry['swapChosenBy'] }
  >;
}

/** Contents of a session file, in the page's own types. */
export interface SessionContents {
  archives: ArchiveIdentity[];
  settings: PageSettings;
  entries: Record<string, ReviewEntry>;
}

/** A session file that cannot be read, with the sentence to show. */
export class SessionFileError extends Error {}

/** Write a review session as JSON text. */
export function writeSessionFile(contents: SessionContents): string {
  const { options, selection, acceptedOnly } = contents.settings;
  const decisions: SessionFileV1['decisions'] = {};
  for (const id of Object.keys(contents.entries).sort()) {
    const entry = contents.entries[id];
    if (isEmptyEntry(entry)) continue;
    decisions[id] = { status: entry.status, reason: entry.reason, note: entry.note, swap: entry.swap, swap_chosen_by: entry.swapChosenBy };
  }
  const file: SessionFileV1 = {
    format: SESSION_FILE_FORMAT,
    version: SESSION_FILE_VERSION,
    archives: contents.archives.map(({ name, sha256 }) => ({ name, sha256 })),
    settings: settingsRecord(options, selection, acceptedOnly),
    decisions,
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** Read a session file's text; throws SessionFileError naming the file and the fault. */
export function readSessionFile(text: string, fileName: string): SessionContents {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SessionFileError(`${fileName} is not a Swapset session file: it is not valid JSON (${(error as Error).message}).`);
  }
  const file = migrateSessionFile(data, fileName);
  return {
    archives: file.archives,
    settings: {
      options: { mode: file.settings.mode, seed: file.settings.seed, maxTokens: file.settings.max_tokens },
      selection: {
        maxExamples: file.settings.max_examples ?? DEFAULT_SELECTION.maxExamples,
        perArchive: file.settings.per_archive ?? DEFAULT_SELECTION.perArchive,
        dedup: file.settings.dedup,
      },
      acceptedOnly: file.settings.accepted_only,
    },
    entries: Object.fromEntries(
      Object.entries(file.decisions).map(([id, decision]) => [
        id,
        { status: decision.status, reason: decision.reason, note: decision.note, swap: decision.swap, swapChosenBy: decision.swap_chosen_by },
      ]),
    ),
  };
}

/**
 * Check a parsed session file and bring it to the current version. There is
 * only version 1 so far; a later version adds a step here that converts the
 * version before it.
 */
export function migrateSessionFile(data: unknown, fileName: string): SessionFileV1 {
  const fault = (reason: string) => new SessionFileError(`${fileName} is not a Swapset session file: ${reason}.`);
  if (!isObject(data)) throw fault('it does not contain a JSON object');
  if (data.format !== SESSION_FILE_FORMAT) throw fault(`its format is ${JSON.stringify(data.format)}, expected "${SESSION_FILE_FORMAT}"`);
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    throw fault(`its version is ${JSON.stringify(data.version)}, expected a whole number from 1`);
  }
  if (data.version > SESSION_FILE_VERSION) {
    throw new SessionFileError(
      `${fileName} was written by a newer Swapset (session version ${data.version}); this page reads versions up to ${SESSION_FILE_VERSION}.`,
    );
  }

  if (!Array.isArray(data.archives) || !data.archives.every((archive) => isObject(archive) && typeof archive.name === 'string' && isSha256(archive.sha256))) {
    throw fault('"archives" must be a list of {name, sha256} with 64 hex digits each');
  }
  const settings = data.settings;
  if (
    !isObject(settings) ||
    (settings.mode !== 'builtins' && settings.mode !== 'globals') ||
    !isWholeNumber(settings.seed) ||
    !isWholeNumber(settings.max_tokens) ||
    !(settings.max_examples === null || isWholeNumber(settings.max_examples)) ||
    !(settings.per_archive === null || isWholeNumber(settings.per_archive)) ||
    typeof settings.dedup !== 'boolean' ||
    typeof settings.accepted_only !== 'boolean'
  ) {
    throw fault('"settings" must hold mode, seed, max_tokens, max_examples, per_archive, dedup and accepted_only');
  }
  if (!isObject(data.decisions)) throw fault('"decisions" must be an object keyed by example id');
  for (const [id, decision] of Object.entries(data.decisions)) {
    const reason = decisionFault(decision);
    if (reason !== null) throw fault(`the decision for ${id} ${reason}`);
  }
  return data as unknown as SessionFileV1;
}

function decisionFault(decision: unknown): string | null {
  if (!isObject(decision)) return 'is not an object';
  if (!['unreviewed', 'accepted', 'rejected'].includes(decision.status as string)) return 'has no valid status';
  if (!(decision.reason === null || typeof decision.reason === 'string')) return 'has a reason that is not text or null';
  if (typeof decision.note !== 'string') return 'has a note that is not text';
  const swap = decision.swap;
  if (!(swap === null || (Array.isArray(swap) && swap.length === 2 && swap.every((name) => typeof name === 'string') && swap[0] !== swap[1]))) {
    return 'has a swap that is not null or two different names';
  }
  if (![null, 'reroll', 'hand'].includes(decision.swap_chosen_by as string | null)) return 'has a swap_chosen_by other than null, "reroll" or "hand"';
  return null;
}

/** Differences between a session file's archives and the loaded ones. */
export interface ArchiveMismatch {
  /** In the file but not loaded (no loaded input has that SHA-256 under that name). */
  missing: ArchiveIdentity[];
  /** Loaded but not in the file. */
  extra: ArchiveIdentity[];
}

/** Compare archives by name and SHA-256: example ids contain the archive's name, so a renamed archive does not match. */
export function compareArchives(loaded: ArchiveIdentity[], file: ArchiveIdentity[]): ArchiveMismatch {
  const key = (archive: ArchiveIdentity) => `${archive.name}\u0000${archive.sha256}`;
  const loadedKeys = new Set(loaded.map(key));
  const fileKeys = new Set(file.map(key));
  return {
    missing: file.filter((archive) => !loadedKeys.has(key(archive))),
    extra: loaded.filter((archive) => !fileKeys.has(key(archive))),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isSha256(value: unknown): boolean {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}
