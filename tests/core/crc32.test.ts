import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/core/crc32';

// The CRC-32 computed one bit at a time, as the definition reads.
function bitwiseCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('crc32', () => {
  it('gives the standard check values', () => {
    expect(crc32(new Uint8Array())).toBe(0);
    expect(crc32(new TextEncoder().encode('a'))).toBe(0xe8b7be43);
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('agrees with the bitwise definition at every length', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, index) => (index * 151 + 7) & 0xff);
    for (let length = 0; length <= bytes.length; length++) {
      expect(crc32(bytes.subarray(0, length)), `length ${length}`).toBe(bitwiseCrc32(bytes.subarray(0, length)));
    }
  });
});
