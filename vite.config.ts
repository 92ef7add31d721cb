/// <reference types="vitest/config" />
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { bankPools } from './scripts/bank-pools.ts';
import { cspMetaTag } from './scripts/content-security-policy.ts';
import { firstVisitGroup, pageGroups, staticClosure, type ChunkingContext } from './scripts/first-visit-chunk.ts';
import { manifestAfterPaint } from './scripts/manifest-after-paint.ts';
import { reactRouterShaking } from './scripts/react-router-shaking.ts';
import { routeHints } from './scripts/route-hints.ts';
import { WEB_MANIFEST_FILE } from './src/config/web-manifest.ts';

// Service worker + web app manifest (vite-plugin-pwa / workbox). Trainees open the course on
// clinic Wi-Fi and in the field with no signal, so one visit precaches the WHOLE course: every
// lesson and scenario chunk, styles, icons and index.html. Paths stay relative ('./').
const pwa = VitePWA({
  // 'prompt': a new deployment waits until the learner chooses "Reload" (src/features/offline);
  // the generated worker then calls skipWaiting() on a { type: 'SKIP_WAITING' } message.
  registerType: 'prompt',
  // The web entry registers the worker itself, after load, with the browser's own API
  // (register-service-worker.ts, not virtual:pwa-register); the LMS entry never does.
  injectRegister: false,
  // Linked by the page once painted, not in index.html (scripts/manifest-after-paint.ts).
  manifestFilename: WEB_MANIFEST_FILE,
  manifest: {
    name: 'Peer Support Values',
    short_name: 'Peer Values',
    description:
      'A free course on the ten core values of peer support, with practice scenarios. Works offline; progress stays on your device.',
    lang: 'en',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#fbf8f3',
    // The header colour (global.css --accent), so the splash and browser chrome match.
    theme_color: '#2f5d50',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  // workbox.globPatterns already lists the icons; adding them again would duplicate entries.
  includeManifestIcons: false,
  workbox: {
    // (The plugin adds manifest.webmanifest itself.)
    globPatterns: ['**/*.{js,css,html,svg,png,txt}'],
    // The LMS launch page and files only an LMS package uses are served by the LMS, not
    // precached for learners on the open web.
    globIgnores: ['**/index_lms.html', '**/*lms*', 'imsmanifest.xml', '**/*.xsd'],
    // Hash routing: every page is index.html, which is precached; there is no other URL to
    // fall back from, and a fallback would wrongly answer for the LMS page.
    navigateFallback: null,
    // Deletes caches left by older Workbox versions. (Activating a new version also deletes the
    // old version's chunks from the precache: every tab still running it reloads at that moment,
    // and a chunk found missing later reloads the page once; src/features/offline.)
    cleanupOutdatedCaches: true,
    // The host's course-settings.json and logo change without a rebuild, so they are never
    // precached (a precached copy would only update with a new build): the network first, and
    // the last copy when offline. ⚠ The cache name is SETTINGS_CACHE in src/app/settings-file.ts,
    // which the page fills on a first visit, before this worker runs.
    runtimeCaching: [
      {
        urlPattern: ({ url, request, sameOrigin }) =>
          sameOrigin && (url.pathname.endsWith('/course-settings.json') || request.destination === 'image'),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'psv-course-settings',
          networkTimeoutSeconds: 4,
          matchOptions: { ignoreVary: true },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
    // A first visit's worker takes control at once, so the open page (not just the next one)
    // loads lessons from the precache when the signal drops. Updates still wait for "Reload":
    // skipWaiting stays off, and only then does the new worker claim the page.
    clientsClaim: true,
  },
});

/** An absolute module id for a project file. */
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The web entry and the modules it loads at every start-up: the first visit's chunk. */
const FIRST_VISIT = {
  entry: here('src/main.tsx'),
  startup: [here('src/features/progress/shared-computer-notice.tsx'), here('src/features/progress/device-controls.tsx')],
};
/** The first-visit chunk, as a group the page groups leave alone. */
const FIRST_VISIT_GROUP = { name: 'app', roots: [FIRST_VISIT.entry, ...FIRST_VISIT.startup] };
/**
 * Modules pages load together, one chunk each (docs/decisions/0023-page-chunks.md), in this
 * order: a module goes to the first group that reaches it. Scores come first: home, the quiz
 * pages and assignments all score checks. Then what reads and edits saved progress (start-up
 * with saved answers, assignments, restoring a backup), the quiz pages, and the assignment pages.
 */
const PAGE_GROUPS = [
  {
    name: 'scores',
    roots: [
      here('src/domain/progress/attempt-summary.ts'),
      here('src/domain/progress/module-outcome.ts'),
      here('src/course/bank-loader.ts'),
    ],
  },
  { name: 'saved-progress', roots: [here('src/store/read-saved.ts'), here('src/store/progress-edits.ts')] },
  // Practice first: what both kinds of quiz share goes with it, and the check's own code (its
  // session, results and form draw) is a chunk of its own that a practice page never loads.
  { name: 'quiz', roots: ['quiz', 'review-practice'].map((page) => here(`src/routes/${page}.tsx`)) },
  // A practice round's end (results, review), which practice loads only near it (ADR 0028), with
  // the parts of results it shares with the check: one file for either kind of results.
  { name: 'round-end', roots: ['practice-results', 'quiz-review'].map((file) => here(`src/features/quiz/${file}.tsx`)) },
  { name: 'check', roots: ['check', 'review'].map((page) => here(`src/routes/${page}.tsx`)) },
  { name: 'assignment', roots: [here('src/routes/assign.tsx'), here('src/routes/assignment.tsx')] },
];
/**
 * Content stays a chunk per file, and what lighter loads need stays out of the groups: a lesson
 * never downloads the quiz, and a host's edited settings file never downloads the saved-progress
 * reader for the text checks they share.
 */
let lighterLoads: Set<string> | undefined;
function isApart(id: string, ctx: ChunkingContext): boolean {
  lighterLoads ??= staticClosure([here('src/routes/lesson.tsx'), here('src/app/apply-settings.ts')], ctx);
  return id.includes('/content/') || lighterLoads.has(id);
}

export default defineConfig({
  base: './',
  plugins: [
    // MDX must run before React's transform so lessons become ordinary JSX modules.
    { enforce: 'pre', ...mdx({ providerImportSource: undefined }) },
    react({ include: /\.(mdx|js|jsx|ts|tsx)$/ }),
    pwa,
    // react-router's one module, rewritten so the bundler keeps only matchPath, the part the course runs (ADR 0027).
    reactRouterShaking(),
    // Each scenario bank as two chunks, its practice pool and its check pool (scripts/bank-pools.ts).
    bankPools(),
    // A deep link's page starts loading beside the first-visit scripts (scripts/route-hints.ts).
    routeHints(),
    // The manifest is linked once the page is painted, not beside its files (scripts/manifest-after-paint.ts).
    manifestAfterPaint(),
    // The strict Content-Security-Policy in every built page (scripts/content-security-policy.ts); after the hints, which it allows by hash.
    cspMetaTag(),
  ],
  build: {
    target: 'es2022',
    // Every asset stays a file under 'self': no data: URLs for the Content-Security-Policy to allow.
    assetsInlineLimit: 0,
    // Lessons are split per folder by import.meta.glob; keep the first visit to React + shell.
    modulePreload: { polyfill: false },
    // Two pages from one build: the standalone course and the LMS launch page that the SCORM
    // packages open (scripts/package-scorm.mjs, docs/decisions/0006-lms-packages.md).
    rolldownOptions: {
      input: { index: 'index.html', index_lms: 'index_lms.html' },
      // What every first visit runs, as one chunk, "app" (scripts/first-visit-chunk.ts): the web
      // entry's static imports, and the shared-computer pieces it loads at start-up.
      output: {
        codeSplitting: {
          // A group holds exactly the modules its name function names: a module kept apart (a
          // lesson's, content) stays in its own chunk instead of following its importer in.
          includeDependenciesRecursively: false,
          groups: [firstVisitGroup(FIRST_VISIT, 'app'), pageGroups({ groups: PAGE_GROUPS, taken: FIRST_VISIT_GROUP, keepApart: isApart })],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**', 'node_modules/**'],
    restoreMocks: true,
    // A ceiling, not a wait: tests wait on conditions and pass in 1–3 s, but a busy 2-core
    // machine (CI, or a build running beside the tests) can stretch a page test past the default 5 s.
    testTimeout: 15_000,
  },
});
