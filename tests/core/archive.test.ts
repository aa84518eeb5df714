import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/core/archive';
import { writeRawZip } from '../helpers/zip';

const SOURCE = 'def f(x):\n    """Doc."""\n    print(len(x))\n';

async function zipOf(entries: Record<string, string | Uint8Array>, options: JSZip.JSZipFileOptions = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, contents] of Object.entries(entries)) zip.file(name, contents, options);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('readInput on damaged or unusual zips', () => {
  it('skips an entry whose CRC-32 does not match', async () => {
    const bytes = await zipOf({ 'repo/a.py': SOURCE, 'repo/b.py': SOURCE });
    // Entries are stored, so the first entry's text appears as it is: damage one byte of it.
    const at = Buffer.from(bytes).indexOf('print');
    bytes[at] = 'x'.charCodeAt(0);
    const result = await readInput('repo.zip', bytes);
    expect(result.files.map((file) => file.path)).toEqual(['repo/b.py']);
    expect(result.problems).toEqual([
      { archive: 'repo.zip', path: 'repo/a.py', message: 'repo/a.py in repo.zip is corrupt (its size or CRC-32 does not match); it was skipped.' },
    ]);
  });

  it('reports a nested zip and reads the rest', async () => {
    const bytes = await zipOf({ 'repo/inner.zip': await zipOf({ 'x.py': SOURCE }), 'repo/a.py': SOURCE });
    const result = await readInput('repo.zip', bytes);
    expect(result.files.map((file) => file.path)).toEqual(['repo/a.py']);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'repo/inner.zip in repo.zip was skipped: archives inside archives are not read.',
    ]);
  });

  it('skips a symbolic link', async () => {
    const zip = new JSZip();
    zip.file('repo/a.py', SOURCE);
    zip.file('repo/link.py', 'a.py', { unixPermissions: 0o120777 });
    const bytes = await zip.generateAsync({ type: 'uint8array', platform: 'UNIX' });
    const result = await readInput('repo.zip', bytes);
    expect(result.files.map((file) => file.path)).toEqual(['repo/a.py']);
    expect(result.problems.map((problem) => problem.message)).toEqual(['repo/link.py in repo.zip is a symbolic link; it was skipped.']);
  });

  it('skips a file over the size limit and stops at the archive limit', async () => {
    const bytes = await zipOf({ 'repo/a.py': SOURCE, 'repo/big.py': SOURCE.repeat(40), 'repo/c.py': SOURCE, 'repo/d.py': SOURCE });
    const result = await readInput('repo.zip', bytes, { maxFileBytes: 1000, maxArchiveBytes: 120 });
    expect(result.files.map((file) => file.path)).toEqual(['repo/a.py', 'repo/c.py']);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'repo/big.py in repo.zip is larger than the 1000 bytes limit for one file; it was skipped.',
      'repo.zip holds more than 120 bytes of Python files, the limit for one archive; reading stopped at repo/d.py.',
    ]);
  });

  it('names a gzip file and an empty file', async () => {
    expect((await readInput('repo.zip', new Uint8Array([0x1f, 0x8b, 8, 0]))).problems[0].message).toBe(
      'repo.zip is a gzip file, not a zip file: only .zip archives and .py files are read.',
    );
    expect((await readInput('repo.zip', new Uint8Array())).problems[0].message).toBe('repo.zip is empty, so it is not a zip file.');
  });

  it('reads a directory named like a Python file as a directory', async () => {
    const zip = new JSZip();
    zip.folder('repo/pkg.py');
    zip.file('repo/pkg.py/a.py', SOURCE);
    const result = await readInput('repo.zip', await zip.generateAsync({ type: 'uint8array' }));
    expect(result.files.map((file) => file.path)).toEqual(['repo/pkg.py/a.py']);
    expect(result.problems).toEqual([]);
  });
});

// Replace every occurrence of `from` with `to` (same length) in the zip's bytes: names
// appear once in the local header and once in the central directory.
function patchAll(bytes: Uint8Array, from: string, to: number[]): Uint8Array {
  const copy = bytes.slice();
  const needle = Buffer.from(from, 'latin1');
  for (let at = Buffer.from(copy).indexOf(needle); at !== -1; at = Buffer.from(copy).indexOf(needle, at + 1)) {
    copy.set(to, at);
  }
  return copy;
}

describe('readInput on a zip of exactly 65,535 entries', () => {
  it('reads the plain end record without a ZIP64 one', async () => {
    const entries = Array.from({ length: 65_535 }, (_, index) => ({ name: `repo/notes/${index}.txt`, data: 'x' }));
    entries[65_534] = { name: 'repo/last.py', data: SOURCE };
    const result = await readInput('repo.zip', new Uint8Array(writeRawZip(entries)));
    expect(result.problems).toEqual([]);
    expect(result.files.map((file) => file.path)).toEqual(['repo/last.py']);
  });
});

describe('readInput on hand-made zip headers', () => {
  it('reads the first of two entries with one name', async () => {
    const bytes = patchAll(await zipOf({ 'repo/a.py': SOURCE, 'repo/b.py': SOURCE.replace('len', 'str') }), 'repo/b.py', [...Buffer.from('repo/a.py')]);
    const result = await readInput('repo.zip', bytes);
    expect(result.files.map((file) => file.path)).toEqual(['repo/a.py']);
    expect(new TextDecoder().decode(result.files[0].bytes)).toBe(SOURCE);
    expect(result.problems.map((problem) => problem.message)).toEqual(['repo/a.py appears more than once in repo.zip; only its first copy was read.']);
  });

  it('decodes names without the UTF-8 flag as code page 437', async () => {
    // 0x82 is é and 0x94 is ö in code page 437.
    const bytes = patchAll(await zipOf({ 'repo/cafX.py': SOURCE, 'repo/YY.py': SOURCE }), 'cafX', [...Buffer.from('caf'), 0x82]);
    const result = await readInput('repo.zip', patchAll(bytes, 'YY.py', [0x94, 0x94, ...Buffer.from('.py')]));
    expect(result.files.map((file) => file.path)).toEqual(['repo/café.py', 'repo/öö.py']);
  });

  it('skips an encrypted entry and reads the others', async () => {
    const bytes = await zipOf({ 'repo/a.py': SOURCE, 'repo/b.py': SOURCE });
    const buffer = Buffer.from(bytes);
    // Set the "encrypted" flag of b.py's central directory header: its name is
    // the second occurrence, 46 bytes after the header's start, and flags are 8 bytes in.
    const central = buffer.indexOf('repo/b.py', buffer.indexOf('repo/b.py') + 1) - 46;
    bytes[central + 8] |= 1;
    const result = await readInput('repo.zip', bytes);
    expect(result.files.map((file) => file.path)).toEqual(['repo/a.py']);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'repo/b.py in repo.zip could not be unpacked (it is encrypted, which is not supported); it was skipped.',
    ]);
  });

  it('turns backslashes in names into slashes', async () => {
    const bytes = patchAll(await zipOf({ 'repo/pkg/a.py': SOURCE }), 'repo/pkg/a.py', [...Buffer.from('repo\\pkg\\a.py')]);
    expect((await readInput('repo.zip', bytes)).files.map((file) => file.path)).toEqual(['repo/pkg/a.py']);
  });

  it('keeps names with .. or a leading slash as they are stored', async () => {
    const bytes = await zipOf({ '../evil.py': SOURCE, '/abs/x.py': SOURCE });
    expect((await readInput('repo.zip', bytes)).files.map((file) => file.path).sort()).toEqual(['../evil.py', '/abs/x.py']);
  });
});

describe('entries that lie about their size', () => {
  it('stops unpacking past the recorded size', async () => {
    const zip = new JSZip();
    zip.file('repo/liar.py', `x = "${'a'.repeat(200_000)}"\n`, { compression: 'DEFLATE' });
    zip.file('repo/a.py', SOURCE);
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const buffer = Buffer.from(bytes);
    // The central header's uncompressed size is 24 bytes in; the name follows at 46.
    const central = buffer.indexOf('repo/liar.py', buffer.indexOf('repo/liar.py') + 1) - 46;
    new DataView(bytes.buffer).setUint32(central + 24, 100, true);
    const result = await readInput('repo.zip', bytes);
    expect(result.files.map((file) => file.path)).toEqual(['repo/a.py']);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'repo/liar.py in repo.zip could not be unpacked (it unpacks to more than its recorded size or the size limit); it was skipped.',
    ]);
  });
});
