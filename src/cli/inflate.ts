import { constants } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import { CORRUPT, TOO_LARGE, ZipError, type Inflate } from '../core/zip';

/**
 * Inflate raw deflate data with Node's zlib, which is faster than
 * DecompressionStream in Node. Like browsers' DecompressionStream, it rejects
 * bytes after the end of the data.
 */
export async function inflateWithZlib(data: Uint8Array, limit: number): Promise<Uint8Array> {
  let result: { buffer: Buffer; engine: { bytesWritten: number } };
  try {
    // One byte over the limit distinguishes data that unpacks to too much from data that fits exactly.
    result = inflateRawSync(data, { info: true, maxOutputLength: Math.min(limit + 1, constants.MAX_LENGTH) }) as unknown as typeof result;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipError(TOO_LARGE);
    throw new ZipError(CORRUPT);
  }
  if (result.buffer.length > limit) throw new ZipError(TOO_LARGE);
  if (result.engine.bytesWritten !== data.length) throw new ZipError(CORRUPT);
  return new Uint8Array(result.buffer.buffer, result.buffer.byteOffset, result.buffer.length);
}

// Garbage of this many bytes of unpacked source is collected at once.
const COLLECT_EVERY_BYTES = 8 * 2 ** 20;

/**
 * Wrap an inflater so that, when Node runs with --expose-gc (as bin/swapset.mjs
 * does), a full garbage collection follows every 8 MiB unpacked. Files are
 * read one at a time, so the garbage of earlier files does not pile up until
 * V8's next full collection.
 */
export function collectingGarbage(inflate: Inflate): Inflate {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect === undefined) return inflate;
  let unpacked = 0;
  return async (data, limit) => {
    const result = await inflate(data, limit);
    unpacked += result.length;
    if (unpacked >= COLLECT_EVERY_BYTES) {
      unpacked = 0;
      collect();
    }
    return result;
  };
}
