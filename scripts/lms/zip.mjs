// Deterministic zips for the SCORM packages, through fflate: entries sorted by name, one fixed
// timestamp (1980-01-01, the earliest MS-DOS date, so no build time leaks in) and deflate level 9.
// The same files always give the same bytes, so a package can be rebuilt and compared, and an LMS
// sees no spurious change.
import { crc32 } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';

// fflate reads the date with local-time getters, so a local-time date gives the same DOS fields
// in every time zone.
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Builds a zip from `entries` ({ name: 'a/b.js', data: Buffer }) with unique names; returns a Buffer. */
export function createZip(entries) {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (new Set(sorted.map((e) => e.name)).size !== sorted.length) throw new Error('Zip entry names must be unique.');
  const files = {};
  for (const { name, data } of sorted) files[name] = [new Uint8Array(data), { level: 9, mtime: FIXED_TIME }];
  return Buffer.from(zipSync(files));
}

/**
 * Entries of a zip archive as [{ name, data }], in archive order; throws on a damaged archive,
 * including an entry whose CRC does not match its data (fflate does not check that itself).
 */
export function readZip(zip) {
  let files;
  try {
    files = unzipSync(new Uint8Array(zip));
  } catch (error) {
    throw new Error(`Not a readable zip archive: ${error.message}`);
  }
  const crcs = centralCrcs(Buffer.from(zip));
  return Object.entries(files).map(([name, bytes]) => {
    const data = Buffer.from(bytes);
    if (crcs.get(name) !== crc32(data)) throw new Error(`Entry ${name} is damaged (CRC).`);
    return { name, data };
  });
}

/** Each entry's recorded CRC-32, read from the central directory. */
function centralCrcs(zip) {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const crcs = new Map();
  let at = zip.readUInt32LE(endAt + 16);
  for (let i = 0; i < zip.readUInt16LE(endAt + 10); i += 1) {
    const nameLength = zip.readUInt16LE(at + 28);
    crcs.set(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'), zip.readUInt32LE(at + 16));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return crcs;
}
