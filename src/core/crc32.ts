// CRC-32 as zip uses it (IEEE 802.3 polynomial, reflected), computed eight
// bytes at a time with eight tables ("slicing by 8"): in Node 20 about three
// times as fast as one byte at a time.
const TABLES = Array.from({ length: 8 }, () => new Int32Array(256));
for (let n = 0; n < 256; n++) {
  let value = n;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  TABLES[0][n] = value;
}
// TABLES[k][n] is the CRC of byte n followed by k zero bytes.
for (let n = 0; n < 256; n++) {
  for (let k = 1; k < 8; k++) TABLES[k][n] = TABLES[0][TABLES[k - 1][n] & 0xff] ^ (TABLES[k - 1][n] >>> 8);
}
const [T0, T1, T2, T3, T4, T5, T6, T7] = TABLES;

/** Compute the CRC-32 of `bytes` as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array): number {
  let crc = -1;
  let i = 0;
  for (const end = bytes.length - 7; i < end; i += 8) {
    const low = crc ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
    crc =
      T7[low & 0xff] ^
      T6[(low >>> 8) & 0xff] ^
      T5[(low >>> 16) & 0xff] ^
      T4[low >>> 24] ^
      T3[bytes[i + 4]] ^
      T2[bytes[i + 5]] ^
      T1[bytes[i + 6]] ^
      T0[bytes[i + 7]];
  }
  for (; i < bytes.length; i++) crc = T0[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
