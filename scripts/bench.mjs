// `npm run bench`: builds the course and a floor app with the same Vite, then prints the
// JavaScript a first visit downloads (gzip -9) as a ratio to the floor, every lesson and
// scenario chunk, and the service worker's precache. A benchmark that prints figures, not a
// timed test; it exits non-zero only when the first-visit ceiling is broken.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { firstVisitScripts, fmt, gzipBytes, precacheEntries, total } from './bench-sizes.mjs';

/** Issue #16's target: first-visit JS at most 1.10× the plain floor of this stack. */
const TARGET = 1.1;
/**
 * The ratchet CI holds: today's figure (1.193×) plus a little room. The target is not met yet
 * (issue #16's closing note says what is left); the ratchet stops the first visit growing
 * meanwhile. Lower it whenever the figure falls; never raise it without an ADR.
 */
const CEILING = 1.2;
const ROOT = resolve(import.meta.dirname, '..');
// Both builds go to temporary folders, so a benchmark never rewrites dist/ under someone's tests.
const DIST = mkdtempSync(join(tmpdir(), 'psv-course-'));

/** Records which source each content chunk came from, so chunks can be named by lesson. */
function contentChunks(found) {
  return {
    name: 'bench-content-chunks',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const source = chunk.type === 'chunk' && chunk.facadeModuleId ? relative(ROOT, chunk.facadeModuleId) : '';
        const match = /^content\/([^/]+)\/(lesson\.mdx|scenarios\.ts)$/.exec(source);
        if (match) found.push({ folder: match[1], kind: match[2].startsWith('lesson') ? 'lesson' : 'scenarios', file: chunk.fileName });
      }
    },
  };
}

async function buildCourse() {
  const chunks = [];
  await build({ root: ROOT, logLevel: 'warn', plugins: [contentChunks(chunks)], build: { outDir: DIST, emptyOutDir: true } });
  return chunks.sort((a, b) => a.folder.localeCompare(b.folder) || a.kind.localeCompare(b.kind));
}

// The floor is built with the same Vite, React plugin, target and preload settings as the course.
async function buildFloor(folder) {
  const outDir = mkdtempSync(join(tmpdir(), 'psv-floor-'));
  await build({
    configFile: false,
    root: join(ROOT, 'bench', folder),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
  });
  return outDir;
}

function printFirstVisit(label, rows) {
  console.log(`\n${label}`);
  for (const r of rows) console.log(`  ${r.file.padEnd(40)} ${fmt(r.gzip).padStart(22)} gzip  (${fmt(r.bytes)} raw)`);
  console.log(`  ${'total'.padEnd(40)} ${fmt(total(rows).gzip).padStart(22)} gzip`);
}

const contentList = await buildCourse();
const course = firstVisitScripts(DIST);
/** Builds a floor app and returns its first-visit scripts (the build folder is removed). */
async function floorScripts(folder) {
  const dir = await buildFloor(folder);
  const rows = firstVisitScripts(dir);
  rmSync(dir, { recursive: true, force: true });
  return rows;
}
const floor = await floorScripts('floor');
const dataFloor = await floorScripts('floor-data-router');

printFirstVisit('First visit to home: JavaScript the course downloads', course);
printFirstVisit('Floor: react + react-dom + react-router (<HashRouter> + <Routes>) + zustand persist', floor);
const ratio = total(course).gzip / total(floor).gzip;
console.log(
  `\nFirst-visit JS ratio: ${ratio.toFixed(3)}× the floor. Target ≤ ${TARGET}×: ${ratio <= TARGET ? 'met' : 'NOT MET'}. ` +
    `CI ceiling ≤ ${CEILING}×: ${ratio <= CEILING ? 'holds' : 'BROKEN'}`,
);
// For information: the data router's floor (what issue #8 measured against).
const dataRatio = total(course).gzip / total(dataFloor).gzip;
console.log(
  `Data-router floor (createHashRouter + RouterProvider): ${fmt(total(dataFloor).gzip)} gzip; the course is ${dataRatio.toFixed(3)}× it`,
);

console.log('\nContent chunks (loaded on demand, gzip -9)');
for (const c of contentList)
  console.log(`  ${c.folder.padEnd(28)} ${c.kind.padEnd(10)} ${fmt(gzipBytes(join(DIST, c.file))).padStart(22)}  ${c.file}`);

const precache = precacheEntries(DIST);
if (!precache) {
  console.log('\nPrecache: no service worker in this build (dist/sw.js missing).');
} else {
  const sum = total(precache);
  const urls = new Set(precache.map((p) => p.url));
  const uncached = contentList.filter((c) => !urls.has(c.file));
  console.log(`\nPrecache: ${precache.length} files, ${fmt(sum.bytes)} on disk, ${fmt(sum.gzip)} gzip`);
  console.log(
    uncached.length === 0 ? '  every lesson and scenario chunk is precached' : `  NOT precached: ${uncached.map((c) => c.file).join(', ')}`,
  );
  for (const p of precache.filter((x) => x.missing)) console.log(`  listed but missing from dist: ${p.url}`);
}

rmSync(DIST, { recursive: true, force: true });
if (ratio > CEILING) process.exitCode = 1;
