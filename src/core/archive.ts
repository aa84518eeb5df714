import JSZip from 'jszip';
import { crc32 } from './crc32';
import { compareText } from './dataset';
import { detectLicence, isLicenceFile } from './licence';
import type { ArchiveInfo } from './manifest';
import type { InputProblem, SourceFile } from './types';

/** The Python files found in one dropped input, and what could not be read. */
export interface InputContents {
  files: SourceFile[];
  problems: InputProblem[];
  /** The licence file at the archive's root or in its top-level folder, if any. */
  licence: { path: string; licence: string } | null;
}

/** Read a dropped `.zip` archive or loose `.py` file into its Python source files. */
export async function readInput(name: string, bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<InputContents> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.py')) {
    return { files: [{ archive: name, path: name, bytes }], problems: [], licence: null };
  }
  if (!lower.endsWith('.zip')) {
    return failed(name, `${name} was skipped: only .zip archives and .py files are read.`);
  }
  if (bytes.length === 0) return failed(name, `${name} is empty, so it is not a zip file.`);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    return failed(name, `${name} is a gzip file, not a zip file: only .zip archives and .py files are read.`);
  }
  return readZip(name, bytes, limits);
}

/** Limits that stop a zip bomb from exhausting memory. */
export interface ReadLimits {
  /** Largest uncompressed Python file read, in bytes. */
  maxFileBytes: number;
  /** Largest total of uncompressed Python files read from one archive, in bytes. */
  maxArchiveBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxFileBytes: 64 * 2 ** 20, maxArchiveBytes: 2 ** 30 };

// JSZip 3 keeps each entry's central-directory record in this private field.
interface EntryRecord {
  _data?: { crc32?: number; uncompressedSize?: number };
}

const SYMBOLIC_LINK = 0o120000;
const FILE_TYPE_MASK = 0o170000;

async function readZip(name: string, bytes: Uint8Array, limits: ReadLimits): Promise<InputContents> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return failed(name, `${name} is not a readable zip file (${describeZipError(error)}).`);
  }

  const problems: InputProblem[] = [];
  const report = (path: string | null, message: string) => problems.push({ archive: name, path, message });
  const all = Object.values(zip.files).sort((a, b) => compareText(a.name, b.name));
  const unreadableNames = all.filter((entry) => entry.name.includes('\uFFFD')).length;
  if (unreadableNames > 0) {
    const entries = unreadableNames === 1 ? '1 entry whose name is not valid UTF-8; it was' : `${unreadableNames} entries whose names are not valid UTF-8; they were`;
    report(null, `${name} has ${entries} skipped.`);
  }
  for (const entry of all) {
    if (!entry.dir && /\.zip$/i.test(entry.name)) {
      report(entry.name, `${entry.name} in ${name} was skipped: archives inside archives are not read.`);
    }
  }

  const entries = all.filter((entry) => !entry.dir && entry.name.toLowerCase().endsWith('.py') && !entry.name.includes('\uFFFD'));
  if (entries.length === 0) {
    if (problems.length === 0) return failed(name, `${name} contains no Python files.`);
    report(null, `${name} contains no readable Python files.`);
    return { files: [], problems, licence: null };
  }

  const files: SourceFile[] = [];
  const licence = await readLicence(zip);
  let total = 0;
  for (const entry of entries) {
    const record = (entry as unknown as EntryRecord)._data;
    const permissions = typeof entry.unixPermissions === 'number' ? entry.unixPermissions : 0;
    if ((permissions & FILE_TYPE_MASK) === SYMBOLIC_LINK) {
      report(entry.name, `${entry.name} in ${name} is a symbolic link; it was skipped.`);
      continue;
    }
    const declared = record?.uncompressedSize ?? 0;
    if (declared > limits.maxFileBytes) {
      report(entry.name, `${entry.name} in ${name} is larger than the ${formatBytes(limits.maxFileBytes)} limit for one file; it was skipped.`);
      continue;
    }
    if (total + declared > limits.maxArchiveBytes) {
      report(null, `${name} holds more than ${formatBytes(limits.maxArchiveBytes)} of Python files, the limit for one archive; reading stopped at ${entry.name}.`);
      break;
    }

    let contents: Uint8Array;
    try {
      contents = await entry.async('uint8array');
    } catch (error) {
      report(entry.name, `${entry.name} in ${name} could not be unpacked (${describeEntryError(error)}); it was skipped.`);
      continue;
    }
    // Declared sizes can lie, so the real size is checked too.
    if (contents.length > limits.maxFileBytes) {
      report(entry.name, `${entry.name} in ${name} is larger than the ${formatBytes(limits.maxFileBytes)} limit for one file; it was skipped.`);
      continue;
    }
    if (record?.crc32 !== undefined && crc32(contents) !== record.crc32 >>> 0) {
      report(entry.name, `${entry.name} in ${name} is corrupt (its CRC-32 does not match); it was skipped.`);
      continue;
    }
    total += contents.length;
    files.push({ archive: name, path: entry.name, bytes: contents });
  }
  return { files, problems, licence };
}

function describeEntryError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('uncompressed data size mismatch')) return 'its compressed data is corrupt';
  if (message.includes('Encrypted zip')) return 'it is encrypted, which is not supported';
  return message;
}

function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30 && bytes % 2 ** 30 === 0) return `${bytes / 2 ** 30} GiB`;
  if (bytes >= 2 ** 20) return `${Math.round(bytes / 2 ** 20)} MiB`;
  return `${bytes} bytes`;
}

async function readLicence(zip: JSZip): Promise<InputContents['licence']> {
  const entry = Object.values(zip.files)
    .filter((candidate) => !candidate.dir && isLicenceFile(candidate.name))
    .sort((a, b) => a.name.length - b.name.length || (a.name < b.name ? -1 : 1))[0];
  if (entry === undefined) return null;
  try {
    const text = new TextDecoder('utf-8').decode(await entry.async('uint8array'));
    return { path: entry.name, licence: detectLicence(text) };
  } catch {
    return { path: entry.name, licence: 'unknown' };
  }
}

/** Describe an input for the manifest: its SHA-256, file counts and licence. */
export async function describeArchive(
  name: string,
  bytes: Uint8Array,
  contents: InputContents,
  problems: InputProblem[],
): Promise<ArchiveInfo> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  const sha256 = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  const faulty = new Set(problems.filter((problem) => problem.archive === name).map((problem) => problem.path ?? ''));
  return {
    name,
    sha256,
    pythonFiles: contents.files.length,
    filesWithProblems: faulty.size,
    licence: contents.licence?.licence ?? null,
    licenceFile: contents.licence?.path ?? null,
  };
}

// JSZip 3's messages carry a question and a documentation link; keep the finding only.
function describeZipError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of central directory|^End of data reached/i.test(message)) {
    return 'no end-of-central-directory record';
  }
  if (message.includes('Encrypted zip')) return 'it holds encrypted entries, which are not supported';
  return message.replace(/\s*:?\s*is this a zip file \?.*$/is, '').trim() || 'unknown error';
}

function failed(archive: string, message: string): InputContents {
  return { files: [], problems: [{ archive, path: null, message }], licence: null };
}

/**
 * Keep the first input of each name and report the rest: examples are told
 * apart by archive name, so two inputs of one name would share example ids.
 */
export function uniqueInputs<T extends { name: string }>(inputs: T[]): { inputs: T[]; problems: InputProblem[] } {
  const seen = new Set<string>();
  const unique: T[] = [];
  const problems: InputProblem[] = [];
  for (const input of inputs) {
    if (seen.has(input.name)) {
      const message = `${input.name} was skipped: another input is also named ${input.name}; rename one of them.`;
      problems.push({ archive: input.name, path: null, message });
    } else {
      seen.add(input.name);
      unique.push(input);
    }
  }
  return { inputs: unique, problems };
}
