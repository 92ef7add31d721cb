// `node scripts/make-icons.mjs`: draws the app icons (public/icons/*.png) from the same shape as
// public/favicon.svg, so installs and home screens match the favicon. No image tools are needed:
// the shape is flattened to a polygon, filled with 4×4 anti-aliasing and written as a PNG with
// node:zlib. Re-run it only when the favicon's design changes; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const BG = [0x2f, 0x5d, 0x50];
const FG = [0xf4, 0xef, 0xe6];
/** favicon.svg's drop shape in its 64-unit box, as cubic segments [c1, c2, end]. */
const START = [20, 34];
const CUBICS = [
  [
    [20, 26],
    [26, 20],
    [32, 20],
  ],
  [
    [38, 20],
    [44, 26],
    [44, 34],
  ],
  [
    [44, 42],
    [32, 50],
    [32, 50],
  ],
  [
    [32, 50],
    [20, 42],
    [20, 34],
  ],
];

function flatten() {
  const points = [START];
  let p0 = START;
  for (const [c1, c2, end] of CUBICS) {
    for (let i = 1; i <= 24; i++) {
      const t = i / 24;
      const u = 1 - t;
      const at = (k) => u * u * u * p0[k] + 3 * u * u * t * c1[k] + 3 * u * t * t * c2[k] + t * t * t * end[k];
      points.push([at(0), at(1)]);
    }
    p0 = end;
  }
  return points;
}

/** Coverage (0..1) of a shape: 4 sub-rows per pixel, exact spans along each sub-row. */
function coverage(size, inside) {
  const cover = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let sub = 0; sub < 4; sub++) {
      for (const [x0, x1] of inside(y + (sub + 0.5) / 4)) {
        for (let x = Math.max(0, Math.floor(x0)); x < Math.min(size, Math.ceil(x1)); x++) {
          cover[y * size + x] += (Math.min(x + 1, x1) - Math.max(x, x0)) / 4;
        }
      }
    }
  }
  return cover;
}

/** Even-odd spans of a polygon (in 64-unit space, scaled to `size`) along row y. */
function polygonSpans(points, scale) {
  return (y) => {
    const xs = [];
    for (let i = 0; i < points.length - 1; i++) {
      const [ax, ay] = points[i].map((v) => v * scale);
      const [bx, by] = points[i + 1].map((v) => v * scale);
      if ((ay <= y && by > y) || (by <= y && ay > y)) xs.push(ax + ((y - ay) / (by - ay)) * (bx - ax));
    }
    xs.sort((a, b) => a - b);
    const spans = [];
    for (let i = 0; i + 1 < xs.length; i += 2) spans.push([xs[i], xs[i + 1]]);
    return spans;
  };
}

/** Spans of a rounded square (radius r) filling the icon. */
function roundedSquareSpans(size, r) {
  return (y) => {
    const dy = y < r ? r - y : y > size - r ? y - (size - r) : 0;
    const inset = dy > 0 ? r - Math.sqrt(Math.max(0, r * r - dy * dy)) : 0;
    return [[inset, size - inset]];
  };
}

function drawIcon(size, { maskable }) {
  const scale = size / 64;
  const back = maskable ? null : coverage(size, roundedSquareSpans(size, 14 * scale));
  const shape = coverage(size, polygonSpans(flatten(), scale));
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const f = Math.min(1, shape[i]);
    for (let k = 0; k < 3; k++) rgba[i * 4 + k] = Math.round(BG[k] * (1 - f) + FG[k] * f);
    rgba[i * 4 + 3] = Math.round(255 * (back ? Math.min(1, back[i]) : 1));
  }
  return encodePng(size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
/** An 8-bit RGBA PNG: each row prefixed with filter type 0, the whole deflated into IDAT. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const out = join(import.meta.dirname, '../public/icons');
mkdirSync(out, { recursive: true });
const icons = {
  'icon-192.png': drawIcon(192, { maskable: false }),
  'icon-512.png': drawIcon(512, { maskable: false }),
  // Maskable: full-bleed background; the drop sits well inside the 80% safe circle.
  'icon-maskable-512.png': drawIcon(512, { maskable: true }),
  // iOS rounds corners itself and shows transparency as black: full-bleed too.
  'apple-touch-icon.png': drawIcon(180, { maskable: true }),
};
for (const [name, png] of Object.entries(icons)) {
  writeFileSync(join(out, name), png);
  console.log(`public/icons/${name}: ${png.length} bytes`);
}
