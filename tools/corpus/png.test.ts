import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, solidPng } from './png.ts';

/** Splits a PNG into its chunks, checking each CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const result: { type: string; data: Buffer }[] = [];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    result.push({ type, data });
    at += 12 + length;
  }
  return result;
}

describe('solidPng', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('writes a valid 64×48 RGB PNG whose pixels are the given colours', () => {
    const png = solidPng(64, 48, [200, 30, 40], [20, 40, 200]);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = parts[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([64, 48, 8, 2]);

    const raw = inflateSync(parts[1]!.data);
    const rowLength = 1 + 64 * 3;
    expect(raw.length).toBe(rowLength * 48);
    const pixel = (x: number, y: number) => [...raw.subarray(y * rowLength + 1 + x * 3, y * rowLength + 4 + x * 3)];
    expect(pixel(0, 0)).toEqual([200, 30, 40]);
    expect(pixel(63, 24)).toEqual([20, 40, 200]);
    expect(pixel(10, 47)).toEqual([200, 30, 40]);
  });
});
