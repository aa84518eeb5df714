import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/core/archive';

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
      { archive: 'repo.zip', path: 'repo/a.py', message: 'repo/a.py in repo.zip is corrupt (its CRC-32 does not match); it was skipped.' },
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
