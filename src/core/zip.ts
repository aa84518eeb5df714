// A zip reader for untrusted archives: it reads the central directory, reports
// each entry it cannot use by name, and inflates with the platform's native
// DecompressionStream (browsers, and Node 18 and later) unless given another
// inflater.

import { decodeCp437 } from './single-byte';

/** One entry of a zip's central directory. */
export interface ZipEntry {
  /** The name as stored, with backslashes turned into slashes. */
  name: string;
  isDirectory: boolean;
  isSymbolicLink: boolean;
  isEncrypted: boolean;
  /** 0 stored, 8 deflated; others are not supported. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** A zip that cannot be read at all, with the reason. */
export class ZipError extends Error {}

/**
 * A function that inflates raw deflate data. It throws ZipError when the data
 * is corrupt, has bytes after its end, or unpacks to more than `limit` bytes.
 */
export type Inflate = (data: Uint8Array, limit: number) => Promise<Uint8Array>;

/** The message of the ZipError for data that unpacks to too many bytes. */
export const TOO_LARGE = 'it unpacks to more than its recorded size or the size limit';
/** The message of the ZipError for data that cannot be inflated. */
export const CORRUPT = 'its compressed data is corrupt';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const UNIX = 3;
const SYMBOLIC_LINK = 0o120000;
const FILE_TYPE_MASK = 0o170000;

/** Read the central directory of a zip; throws ZipError when there is none. */
export function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);

  const locator = end - 20;
  const hasLocator = locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR;
  // Exactly 65,535 entries fit the plain record, and writers then leave ZIP64 out.
  if ((count === 0xffff && hasLocator) || offset === 0xffffffff) {
    if (!hasLocator) throw new ZipError('a ZIP64 locator is missing');
    const record = readUint64(view, locator + 8);
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_END) throw new ZipError('the ZIP64 end record is missing');
    count = readUint64(view, record + 32);
    offset = readUint64(view, record + 48);
  }

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_HEADER) {
      throw new ZipError(`its central directory is damaged at entry ${index + 1} of ${count}`);
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength + commentLength > bytes.length) {
      throw new ZipError(`its central directory is cut short at entry ${index + 1} of ${count}`);
    }
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const entry: ZipEntry = {
      name: decodeName(nameBytes, (flags & 0x800) !== 0).replace(/\\/g, '/'),
      isDirectory: false,
      isSymbolicLink: view.getUint8(at + 5) === UNIX && ((view.getUint32(at + 38, true) >>> 16) & FILE_TYPE_MASK) === SYMBOLIC_LINK,
      isEncrypted: (flags & 1) !== 0,
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    entry.isDirectory = entry.name.endsWith('/');
    readZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflate one entry's data, stopping once it passes its declared size or
 * `maxBytes`, so an entry that lies about its size cannot exhaust memory.
 * Throws ZipError with the reason when it cannot.
 */
export async function readEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes = Infinity,
  inflate: Inflate = inflateWithStream,
): Promise<Uint8Array> {
  if (entry.isEncrypted) throw new ZipError('it is encrypted, which is not supported');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_HEADER) {
    throw new ZipError('its local header is missing');
  }
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) throw new ZipError('its data is cut short');
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError(`it uses compression method ${entry.method}, which is not supported`);
  return inflate(data, Math.min(entry.uncompressedSize, maxBytes));
}

/** Inflate raw deflate data with DecompressionStream, which browsers and Node both have. */
export async function inflateWithStream(data: Uint8Array, limit: number): Promise<Uint8Array> {
  // Written straight into the stream: a Blob would take a round trip through the browser's blob store.
  const decompression = new DecompressionStream('deflate-raw');
  const writer = decompression.writable.getWriter();
  // Failures of the write and the close also fail the reads below, which report them.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = decompression.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) throw new ZipError(TOO_LARGE);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    throw error instanceof ZipError ? error : new ZipError(CORRUPT);
  }
  const result = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}

function findEndRecord(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipError('no end-of-central-directory record');
}

// A ZIP64 extra field holds, in order, whichever of these the header left at 0xFFFFFFFF.
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (at + 4 + size > start + length) return;
    if (id === 0x0001) {
      let field = at + 4;
      for (const key of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
        if (entry[key] === 0xffffffff && field + 8 <= at + 4 + size) {
          entry[key] = readUint64(view, field);
          field += 8;
        }
      }
    }
    at += 4 + size;
  }
}

function readUint64(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) throw new ZipError('a ZIP64 field is cut short');
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

// Names without the UTF-8 flag are in code page 437.
function decodeName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8 || bytes.every((byte) => byte < 0x80)) return new TextDecoder('utf-8').decode(bytes);
  return decodeCp437(bytes);
}
