import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
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

/** One zip entry, with header fields that may contradict its data. */
export interface RawZipEntry {
  /** Written as UTF-8 without the UTF-8 flag, so readers take a non-ASCII name as code page 437. */
  name: string;
  data?: Buffer | string;
  /** Deflate the data instead of storing it. */
  deflate?: boolean;
  /** General-purpose flag bits; bit 0 marks the entry encrypted. */
  flags?: number;
  /** Unix file mode, stored in the high half of the external attributes. */
  mode?: number;
  /** Uncompressed size written in the headers in place of the real one. */
  size?: number;
  /** CRC-32 written in the headers in place of the real one. */
  crc?: number;
  /** Bytes written after the entry's data and counted in its compressed size. */
  trailing?: number[];
}

/**
 * Write a zip with every header field as the entries set it, so that a test can build what
 * zip libraries refuse to write: repeated names, backslashes, symbolic links, the encrypted
 * flag, false sizes and false CRC-32s.
 */
export function writeRawZip(entries: RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const plain = Buffer.from(entry.data ?? '');
    const packed = Buffer.concat([entry.deflate ? deflateRawSync(plain) : plain, Buffer.from(entry.trailing ?? [])]);

    // The fields from "version needed" to "extra field length", the same in both headers.
    const shared = Buffer.alloc(26);
    shared.writeUInt16LE(20, 0);
    shared.writeUInt16LE(entry.flags ?? 0, 2);
    shared.writeUInt16LE(entry.deflate ? 8 : 0, 4);
    shared.writeUInt16LE(0x21, 8); // 1 January 1980
    shared.writeUInt32LE(entry.crc ?? crc32(plain), 10);
    shared.writeUInt32LE(packed.length, 14);
    shared.writeUInt32LE(entry.size ?? plain.length, 18);
    shared.writeUInt16LE(name.length, 22);

    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    shared.copy(header, 4);
    const local = Buffer.concat([header, name, packed]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    // "Version made by": a high byte of 3 means that the external attributes contain a Unix mode.
    central.writeUInt16LE(entry.mode === undefined ? 20 : (3 << 8) | 20, 4);
    shared.copy(central, 6);
    central.writeUInt32LE(((entry.mode ?? 0) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local);
    centrals.push(central, name);
    offset += local.length;
  }

  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
