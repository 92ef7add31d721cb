// Writes the LMS packages from the built course (run after `vite build`; `npm run build` does):
//   dist-lms/peer-support-values-scorm12-v<course version>.zip    SCORM 1.2, single SCO
//   dist-lms/peer-support-values-scorm2004-v<course version>.zip  SCORM 2004 4th edition
// Each zip holds imsmanifest.xml at its root, the LMS launch page index_lms.html (with the
// package's settings as meta tags, see src/store/scorm/lms-config.ts) and every asset. The
// standalone index.html and the service worker stay out: in an LMS only index_lms.html runs.
//
// Options (arguments win over environment variables):
//   --modules=voluntary,hopeful   LMS_MODULES    only these quizzes count (module ids, `review`)
//   --pass-mark=80 | none         LMS_PASS_MARK  pass mark for the LMS status; none = completed
//   --score=running               LMS_SCORE      report the mean score from the first finished quiz
//                                                (default: no score until every quiz is finished)
//   --out=dist-lms                LMS_OUT        output folder
//   --dist=dist                                   the built course
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { createZip, readZip } from './lms/zip.mjs';
import { scormManifest } from './lms/scorm-manifest.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const LAUNCH = 'index_lms.html';
// Never in a package: the standalone entry (it saves to localStorage) and the service worker.
const EXCLUDED = [/^index\.html$/, /^sw\.js$/, /^workbox-[^/]*\.js$/];

/** Every file under `dir`, as sorted forward-slash paths. */
function listFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return out.sort();
}

/** The course manifest (content/course.ts), loaded through Vite's module runner. */
async function loadCourse() {
  const { module } = await runnerImport(join(root, 'content/course.ts'), { root, configFile: false, logLevel: 'error' });
  return module.course ?? module.default;
}

/** Checks and normalises the options against the course; throws with a readable message. */
export function resolveOptions(course, { modules, passMark, score }) {
  const known = [...course.modules.map((m) => m.id), course.review.id];
  const chosen = modules
    ? [
        ...new Set(
          String(modules)
            .split(',')
            .map((m) => m.trim())
            .filter(Boolean),
        ),
      ]
    : [];
  const unknown = chosen.filter((m) => !known.includes(m));
  if (unknown.length > 0) throw new Error(`Unknown module id(s) in LMS_MODULES: ${unknown.join(', ')}. Known: ${known.join(', ')}.`);
  const ordered = known.filter((id) => chosen.includes(id));
  let mark;
  if (passMark !== undefined && passMark !== '') {
    mark = String(passMark).trim();
    if (mark !== 'none' && !(/^\d{1,3}$/.test(mark) && Number(mark) <= 100))
      throw new Error(`LMS_PASS_MARK must be a whole number from 0 to 100, or "none"; got "${passMark}".`);
  }
  const scoreMode = score === undefined || score === '' ? undefined : String(score).trim();
  if (scoreMode !== undefined && scoreMode !== 'running' && scoreMode !== 'final')
    throw new Error(`LMS_SCORE must be "running" or "final"; got "${score}".`);
  return { modules: ordered.length === known.length ? [] : ordered, passMark: mark, running: scoreMode === 'running' };
}

/** The launch page with the package's settings written in as meta tags. */
function launchPage(html, version, { modules, passMark, running }) {
  const tags = [`<meta name="scorm-version" content="${version}" />`];
  if (modules.length > 0) tags.push(`<meta name="lms-modules" content="${modules.join(',')}" />`);
  if (passMark !== undefined) tags.push(`<meta name="lms-pass-mark" content="${passMark}" />`);
  if (running) tags.push('<meta name="lms-score" content="running" />');
  if (!html.includes('</head>')) throw new Error(`${LAUNCH} has no </head>.`);
  return html.replace('</head>', `\n    ${tags.join('\n    ')}\n  </head>`);
}

/** Builds both packages; returns what was written. */
export async function packageScorm({ dist = 'dist', out = 'dist-lms', modules, passMark, score } = {}) {
  const course = await loadCourse();
  const options = resolveOptions(course, { modules, passMark, score });
  const distDir = resolve(root, dist);
  const files = listFiles(distDir).filter((f) => !EXCLUDED.some((re) => re.test(f)));
  if (!files.includes(LAUNCH)) throw new Error(`${dist}/${LAUNCH} is missing: run "vite build" first.`);
  const suffix = `${options.modules.length > 0 ? `-${options.modules.join('-')}` : ''}${options.passMark !== undefined ? `-pass-${options.passMark}` : ''}${options.running ? '-running-score' : ''}`;
  const titles = options.modules.map((id) => course.modules.find((m) => m.id === id)?.title ?? course.review.title);
  const title = titles.length > 0 ? `${course.title}: ${titles.join(', ')}` : course.title;
  mkdirSync(resolve(root, out), { recursive: true });
  const written = [];
  for (const [version, label] of [
    ['1.2', 'scorm12'],
    ['2004', 'scorm2004'],
  ]) {
    const entries = files.map((name) => {
      const data = readFileSync(join(distDir, name));
      return { name, data: name === LAUNCH ? Buffer.from(launchPage(data.toString('utf8'), version, options)) : data };
    });
    const manifest = scormManifest({
      version,
      identifier: `${course.id}${suffix}`,
      title,
      courseVersion: course.version,
      launch: LAUNCH,
      files,
    });
    entries.push({ name: 'imsmanifest.xml', data: Buffer.from(manifest) });
    const zip = createZip(entries);
    // Read it back: a package that does not unpack to exactly these files is never written.
    const check = readZip(zip).map((e) => e.name);
    if (check.length !== entries.length || !check.includes('imsmanifest.xml'))
      throw new Error(`The ${label} zip did not read back correctly.`);
    const file = resolve(root, out, `${course.id}${suffix}-${label}-v${course.version}.zip`);
    writeFileSync(file, zip);
    written.push({ version, file, bytes: zip.length, files: entries.length });
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = Object.fromEntries(process.argv.slice(2).map((a) => /^--([^=]+)=(.*)$/.exec(a)?.slice(1) ?? [a, '']));
  try {
    const written = await packageScorm({
      dist: args.dist ?? 'dist',
      out: args.out ?? process.env.LMS_OUT ?? 'dist-lms',
      modules: args.modules ?? process.env.LMS_MODULES,
      passMark: args['pass-mark'] ?? process.env.LMS_PASS_MARK,
      score: args.score ?? process.env.LMS_SCORE,
    });
    for (const w of written)
      console.log(`SCORM ${w.version}: ${relative(root, w.file)} (${w.files} files, ${(w.bytes / 1024).toFixed(1)} KiB)`);
  } catch (error) {
    console.error(`Packaging failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
