import { crc32 } from './crc32';
import { compareText } from './dataset';
import { detectLicence, isLicenceFile } from './licence';
import { inflateWithStream, readCentralDirectory, readEntry, ZipError, type Inflate, type ZipEntry } from './zip';
import type { ArchiveInfo } from './manifest';
import type { InputProblem, SourceFile } from './types';

/** The Python files found in one dropped input, and what could not be read. */
export interface InputContents {
  files: SourceFile[];
  problems: InputProblem[];
  /** The licence file at the archive's root or in its top-level folder, if any. */
  licence: { path: string; licence: string } | null;
}

/** An input whose zip directory has been read, with its Python files still to unpack. */
export interface OpenedInput {
  /** Python files that `files()` will try to unpack. */
  fileCount: number;
  /** Problems found so far; unpacking the files adds to them. */
  problems: InputProblem[];
  /** The licence file at the archive's root or in its top-level folder, if any. */
  licence: { path: string; licence: string } | null;
  /** Unpack the Python files one at a time, in name order, so only one is held at once. */
  files(): AsyncGenerator<SourceFile>;
}

/** Limits that stop a zip bomb from exhausting memory. */
export interface ReadLimits {
  /** Largest uncompressed Python file read, in bytes. */
  maxFileBytes: number;
  /** Largest total of uncompressed Python files read from one archive, in bytes. */
  maxArchiveBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxFileBytes: 64 * 2 ** 20, maxArchiveBytes: 2 ** 30 };

/** How to read inputs: the size limits and the inflater. */
export interface ReadOptions {
  limits?: ReadLimits;
  inflate?: Inflate;
}

/** Return a file's name as messages give it: its path, then the input that contains it, unless the file is the input. */
export function describeFile(file: { archive: string; path: string }): string {
  return file.path === file.archive ? file.path : `${file.path} in ${file.archive}`;
}

/** Read a dropped `.zip` archive or loose `.py` file into its Python source files. */
export async function readInput(name: string, bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<InputContents> {
  const opened = await openInput(name, bytes, { limits });
  const files: SourceFile[] = [];
  for await (const file of opened.files()) files.push(file);
  return { files, problems: opened.problems, licence: opened.licence };
}

/** Read the directory of a dropped `.zip` archive, or take a loose `.py` file, without unpacking anything else. */
export async function openInput(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<OpenedInput> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.py')) {
    return { fileCount: 1, problems: [], licence: null, files: async function* () { yield { archive: name, path: name, bytes }; } };
  }
  if (!lower.endsWith('.zip')) {
    return failed(name, `${name} was skipped: only .zip archives and .py files are read.`);
  }
  if (bytes.length === 0) return failed(name, `${name} is empty, so it is not a zip file.`);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    return failed(name, `${name} is a gzip file, not a zip file: only .zip archives and .py files are read.`);
  }
  return openZip(name, bytes, options.limits ?? DEFAULT_LIMITS, options.inflate ?? inflateWithStream);
}

async function openZip(name: string, bytes: Uint8Array, limits: ReadLimits, inflate: Inflate): Promise<OpenedInput> {
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(bytes);
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    return failed(name, `${name} is not a readable zip file (${error.message}).`);
  }

  const problems: InputProblem[] = [];
  const report = (path: string | null, message: string) => problems.push({ archive: name, path, message });
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (entry.isDirectory) continue;
    if (byName.has(entry.name)) {
      report(entry.name, `${entry.name} appears more than once in ${name}; only its first copy was read.`);
      continue;
    }
    byName.set(entry.name, entry);
    if (/\.zip$/i.test(entry.name)) report(entry.name, `${entry.name} in ${name} was skipped: archives inside archives are not read.`);
  }

  const python = [...byName.values()].filter((entry) => entry.name.toLowerCase().endsWith('.py'));
  python.sort((a, b) => compareText(a.name, b.name));
  if (python.length === 0) {
    if (problems.length === 0) return failed(name, `${name} contains no Python files.`);
    report(null, `${name} contains no readable Python files.`);
    return { fileCount: 0, problems, licence: null, files: noFiles };
  }

  const licence = await readLicence(bytes, [...byName.values()], inflate);
  async function* files(): AsyncGenerator<SourceFile> {
    let total = 0;
    for (const entry of python) {
      if (entry.isSymbolicLink) {
        report(entry.name, `${entry.name} in ${name} is a symbolic link; it was skipped.`);
        continue;
      }
      const tooLarge = () => `${entry.name} in ${name} is larger than the ${formatBytes(limits.maxFileBytes)} limit for one file; it was skipped.`;
      if (entry.uncompressedSize > limits.maxFileBytes) {
        report(entry.name, tooLarge());
        continue;
      }
      if (total + entry.uncompressedSize > limits.maxArchiveBytes) {
        report(null, `${name} holds more than ${formatBytes(limits.maxArchiveBytes)} of Python files, the limit for one archive; reading stopped at ${entry.name}.`);
        return;
      }

      let contents: Uint8Array;
      try {
        contents = await readEntry(bytes, entry, limits.maxFileBytes, inflate);
      } catch (error) {
        if (!(error instanceof ZipError)) throw error;
        report(entry.name, `${entry.name} in ${name} could not be unpacked (${error.message}); it was skipped.`);
        continue;
      }
      // Declared sizes can lie, so the real size is checked too.
      if (contents.length > limits.maxFileBytes) {
        report(entry.name, tooLarge());
        continue;
      }
      if (contents.length !== entry.uncompressedSize || crc32(contents) !== entry.crc32) {
        report(entry.name, `${entry.name} in ${name} is corrupt (its size or CRC-32 does not match); it was skipped.`);
        continue;
      }
      total += contents.length;
      yield { archive: name, path: entry.name, bytes: contents };
    }
  }
  return { fileCount: python.length, problems, licence, files };
}

async function* noFiles(): AsyncGenerator<SourceFile> {}

function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30 && bytes % 2 ** 30 === 0) return `${bytes / 2 ** 30} GiB`;
  if (bytes >= 2 ** 20) return `${Math.round(bytes / 2 ** 20)} MiB`;
  return `${bytes} bytes`;
}

// A licence file larger than this is not unpacked, and its licence counts as unknown.
const MAX_LICENCE_BYTES = 2 ** 20;

async function readLicence(bytes: Uint8Array, entries: ZipEntry[], inflate: Inflate): Promise<InputContents['licence']> {
  const entry = entries
    .filter((candidate) => isLicenceFile(candidate.name))
    .sort((a, b) => a.name.length - b.name.length || compareText(a.name, b.name))[0];
  if (entry === undefined) return null;
  try {
    const text = new TextDecoder('utf-8').decode(await readEntry(bytes, entry, MAX_LICENCE_BYTES, inflate));
    return { path: entry.name, licence: detectLicence(text) };
  } catch {
    return { path: entry.name, licence: 'unknown' };
  }
}

/** Describe an input for the manifest: its SHA-256, file counts and licence. */
export async function describeArchive(
  name: string,
  bytes: Uint8Array,
  contents: { pythonFiles: number; licence: InputContents['licence'] },
  problems: InputProblem[],
): Promise<ArchiveInfo> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  const sha256 = Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  const faulty = new Set(problems.filter((problem) => problem.archive === name).map((problem) => problem.path ?? ''));
  return {
    name,
    sha256,
    pythonFiles: contents.pythonFiles,
    filesWithProblems: faulty.size,
    licence: contents.licence?.licence ?? null,
    licenceFile: contents.licence?.path ?? null,
  };
}

function failed(archive: string, message: string): OpenedInput {
  return { fileCount: 0, problems: [{ archive, path: null, message }], licence: null, files: noFiles };
}

/**
 * Keep the first input of each name and report the rest: examples are identified
 * by archive name, so two inputs of one name would share example ids.
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
