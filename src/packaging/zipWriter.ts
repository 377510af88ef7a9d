/**
 * A minimal ZIP writer (PKWARE APPNOTE 6.3: local headers, central directory, end record) for the
 * Teams app package: a handful of small files at the archive root. Node built-ins only; no ZIP64,
 * no directories, no encryption.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, relative (Teams wants every file at the root). */
  readonly name: string;
  readonly data: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION_NEEDED = 20; // 2.0: deflate
const METHOD_STORE = 0;
const METHOD_DEFLATE = 8;
const FLAG_UTF8_NAME = 0x0800;
// Every entry gets the same timestamp (1980-01-01 00:00, the earliest DOS date) so that the same
// inputs always give byte-identical packages.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

/** Returns the bytes of a ZIP archive holding `entries` in the given order. */
export function createZip(entries: readonly ZipEntry[]): Buffer {
  if (entries.length > MAX_16) throw new Error(`A ZIP without ZIP64 holds at most ${MAX_16} entries.`);
  const seen = new Set<string>();
  const localParts: Buffer[] = [];
  const centralParts: Buffer[] = [];
  let offset = 0;

  for (const entry of entries) {
    checkEntryName(entry.name, seen);
    const name = Buffer.from(entry.name, 'utf8');
    const deflated = deflateRawSync(entry.data, { level: 9 });
    // Already-compressed data (PNG) can grow when deflated: store it as it is then.
    const method = deflated.length < entry.data.length ? METHOD_DEFLATE : METHOD_STORE;
    const body = method === METHOD_DEFLATE ? deflated : Buffer.from(entry.data);
    const crc = crc32(entry.data);
    const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : FLAG_UTF8_NAME;
    if (entry.data.length > MAX_32 || offset > MAX_32)
      throw new Error('A ZIP without ZIP64 is limited to 4 GiB.');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // extra field length

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION_NEEDED, 4); // version made by: MS-DOS attributes, spec 2.0
    central.writeUInt16LE(VERSION_NEEDED, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal and external attributes stay 0
    central.writeUInt32LE(offset, 42);

    localParts.push(local, name, body);
    centralParts.push(central, name);
    offset += local.length + name.length + body.length;
  }

  const centralDirectory = Buffer.concat(centralParts);
  if (offset > MAX_32) throw new Error('A ZIP without ZIP64 is limited to 4 GiB.');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  // disk numbers (4, 6) stay 0
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  // comment length (20) stays 0
  return Buffer.concat([...localParts, centralDirectory, end]);
}

function checkEntryName(name: string, seen: Set<string>): void {
  const segments = name.split('/');
  if (name === '' || name.includes('\\') || segments.some((s) => s === '' || s === '.' || s === '..')) {
    throw new Error(`Invalid ZIP entry name "${name}": use a relative, '/'-separated file path.`);
  }
  if (Buffer.byteLength(name, 'utf8') > MAX_16) throw new Error(`ZIP entry name too long: "${name}".`);
  if (seen.has(name)) throw new Error(`Duplicate ZIP entry "${name}".`);
  seen.add(name);
}
