import { constants } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import { CORRUPT, TOO_LARGE, ZipError } from '../core/zip';

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
