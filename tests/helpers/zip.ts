import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { fixturePath } from './extract';

/** Zip the files of a fixture folder under one top-level folder, as GitHub's "Download ZIP" does. */
export async function zipFixture(folder: string, top: string, extra: Record<string, Uint8Array | string> = {}): Promise<Uint8Array> {
  const root = fixturePath(folder);
  const zip = new JSZip();
  for (const path of listFiles(root)) {
    let bytes: Uint8Array | string = new Uint8Array(readFileSync(path));
    const name = relative(root, path).split('\\').join('/');
    // report.py goes in with CRLF line ends, to prove they are normalised.
    if (name.endsWith('report.py')) bytes = readFileSync(path, 'utf8').replace(/\n/g, '\r\n');
    zip.file(`${top}/${name}`, bytes);
  }
  for (const [name, bytes] of Object.entries(extra)) zip.file(`${top}/${name}`, bytes);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function listFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}
