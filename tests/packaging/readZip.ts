/**
 * Reads a ZIP archive back for the package tests, independently of the writer: its own CRC-32, and
 * every local header checked against the central directory.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipFileEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly data: Buffer;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function readZip(zip: Buffer): ZipFileEntry[] {
  const end = zip.length - 22; // the writer adds no archive comment
  if (end < 0 || zip.readUInt32LE(end) !== 0x06054b50) throw new Error('No end-of-central-directory record');
  const count = zip.readUInt16LE(end + 10);
  const centralSize = zip.readUInt32LE(end + 12);
  const centralOffset = zip.readUInt32LE(end + 16);
  if (centralOffset + centralSize !== end)
    throw new Error('Central directory does not end at the end record');

  const entries: ZipFileEntry[] = [];
  let at = centralOffset;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`Bad central header ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + skip;

    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`Bad local header for ${name}`);
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localName = zip.toString('utf8', localOffset + 30, localOffset + 30 + localNameLength);
    if (localName !== name || zip.readUInt32LE(localOffset + 14) !== crc) {
      throw new Error(`Local header of ${name} disagrees with the central directory`);
    }
    const start = localOffset + 30 + localNameLength + zip.readUInt16LE(localOffset + 28);
    const body = zip.subarray(start, start + compressedSize);
    const data =
      method === 8 ? inflateRawSync(body) : method === 0 ? Buffer.from(body) : fail(`method ${method}`);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`${name}: size or CRC-32 mismatch`);
    entries.push({ name, method, data });
  }
  return entries;
}

function fail(what: string): never {
  throw new Error(`Unsupported ZIP ${what}`);
}
