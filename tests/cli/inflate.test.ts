import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateWithZlib } from '../../src/cli/inflate';

const DEFLATED = new Uint8Array(deflateRawSync(Buffer.from('print(len(x))\n')));

async function failure(data: Uint8Array, limit: number): Promise<string> {
  return inflateWithZlib(data, limit).then(
    () => 'inflated',
    (error: Error) => error.message,
  );
}

describe('inflateWithZlib', () => {
  it('inflates data of exactly the limit', async () => {
    expect(Buffer.from(await inflateWithZlib(DEFLATED, 14)).toString()).toBe('print(len(x))\n');
  });

  it('rejects data over the limit', async () => {
    expect(await failure(DEFLATED, 13)).toBe('it unpacks to more than its recorded size or the size limit');
  });

  it('rejects bytes after the end, as browsers do', async () => {
    expect(await failure(new Uint8Array([...DEFLATED, 0]), 14)).toBe('its compressed data is corrupt');
  });

  it('rejects truncated and garbled data', async () => {
    expect(await failure(DEFLATED.subarray(0, 5), 14)).toBe('its compressed data is corrupt');
    expect(await failure(new Uint8Array([0xff, 0xff, 0xff]), 14)).toBe('its compressed data is corrupt');
  });
});
