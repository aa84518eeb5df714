import JSZip from 'jszip';
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
export async function readInput(name: string, bytes: Uint8Array): Promise<InputContents> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.py')) {
    return { files: [{ archive: name, path: name, bytes }], problems: [], licence: null };
  }
  if (!lower.endsWith('.zip')) {
    return failed(name, `${name} was skipped: only .zip archives and .py files are read.`);
  }
  return readZip(name, bytes);
}

async function readZip(name: string, bytes: Uint8Array): Promise<InputContents> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return failed(name, `${name} is not a readable zip file (${describeZipError(error)}).`);
  }

  const entries = Object.values(zip.files)
    .filter((entry) => !entry.dir && entry.name.toLowerCase().endsWith('.py'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (entries.length === 0) {
    return failed(name, `${name} contains no Python files.`);
  }

  const files: SourceFile[] = [];
  const problems: InputProblem[] = [];
  const licence = await readLicence(zip);
  for (const entry of entries) {
    try {
      files.push({ archive: name, path: entry.name, bytes: await entry.async('uint8array') });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({ archive: name, path: entry.name, message: `${entry.name} in ${name} could not be unpacked (${reason}).` });
    }
  }
  return { files, problems, licence };
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
