// A small deterministic zip writer (no dependency): entries sorted by name, a fixed timestamp,
// no extra fields, deflate level 9 (stored when that is not smaller). The same files always give
// the same bytes, so a package can be rebuilt and compared, and an LMS sees no spurious change.
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (as zip uses it) of a buffer. */
export function crc32(data) {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// 1980-01-01 00:00:00, the earliest MS-DOS date: no build time leaks into the archive.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function header(fields) {
  const size = fields.reduce((sum, [bytes]) => sum + bytes, 0);
  const buffer = Buffer.alloc(size);
  let at = 0;
  for (const [bytes, value] of fields) {
    if (bytes === 2) buffer.writeUInt16LE(value, at);
    else buffer.writeUInt32LE(value, at);
    at += bytes;
  }
  return buffer;
}

/**
 * Builds a zip from `entries` ({ name: 'a/b.js', data: Buffer }); names use forward slashes and
 * are unique. Returns the archive as a Buffer.
 */
export function createZip(entries) {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set(sorted.map((e) => e.name));
  if (names.size !== sorted.length) throw new Error('Zip entry names must be unique.');
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of sorted) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    // Bit 11: the name is UTF-8 (only needed, and only set, for non-ASCII names).
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x0800;
    const common = [
      [2, 20],
      [2, flags],
      [2, stored ? 0 : 8],
      [2, DOS_TIME],
      [2, DOS_DATE],
      [4, crc],
      [4, body.length],
      [4, data.length],
      [2, nameBytes.length],
      [2, 0],
    ];
    const local = Buffer.concat([header([[4, 0x04034b50], ...common]), nameBytes, body]);
    centrals.push(Buffer.concat([header([[4, 0x02014b50], [2, 20], ...common, [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]), nameBytes]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = header([
    [4, 0x06054b50],
    [2, 0],
    [2, 0],
    [2, sorted.length],
    [2, sorted.length],
    [4, central.length],
    [4, offset],
    [2, 0],
  ]);
  return Buffer.concat([...locals, central, end]);
}
