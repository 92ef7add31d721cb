// @vitest-environment node
/**
 * Every architecture rule in eslint.config.js, fed a forbidden import (expecting its error) and,
 * where a direction is allowed, an allowed one (expecting none). If a rule is loosened or its
 * pattern stops matching, the matching test here fails.
 */
import { ESLint } from 'eslint';
import { beforeAll, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

// ESLint loads its config and plugins on first use, which can take longer than one test's
// timeout on a busy 2-core machine; warm it up once, with room to spare.
beforeAll(() => eslint.lintText('', { filePath: 'src/x.ts' }), 60_000);

/** The messages ESLint gives for `code` as if it were the file at `filePath`. */
async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId?.includes('restricted')).map((m) => m.message);
}

// ESLint loads its config, plugins and parser on the first lint: seconds on a busy 2-core machine.
// Pay that once here, with room to spare, so no single case is charged for it.
beforeAll(async () => {
  await eslint.lintText('export {};\n', { filePath: 'src/domain/content/warm-up.ts' });
}, 60_000);

/** A module that imports `spec` and uses it, so only boundary rules can complain. */
const importing = (spec: string) => `import { thing } from '${spec}';\nexport const used = thing;\n`;

const forbidden: [string, string, string, RegExp][] = [
  ['domain imports React', 'src/domain/scoring/x.ts', 'react', /pure/],
  ['domain imports zustand', 'src/domain/progress/x.ts', 'zustand', /pure/],
  ['domain imports the store', 'src/domain/progress/x.ts', '../../store/progress-store', /may import only/],
  ['encoding imports content', 'src/domain/encoding/x.ts', '../content/content-types', /nothing outside/],
  ['content imports scoring', 'src/domain/content/x.ts', '../scoring/score-quiz', /nothing outside/],
  ['scoring imports exchange', 'src/domain/scoring/x.ts', '../exchange/receipt', /may import only/],
  ['scoring imports progress', 'src/domain/scoring/x.ts', '../progress/progress-model', /may import only/],
  ['progress imports exchange', 'src/domain/progress/x.ts', '../exchange/backup', /may import only/],
  ['progress imports lms', 'src/domain/progress/x.ts', '../lms/suspend-data', /may import only/],
  ['exchange imports lms', 'src/domain/exchange/x.ts', '../lms/lms-report', /may import only/],
  ['lms imports exchange', 'src/domain/lms/x.ts', '../exchange/receipt', /may import only/],
  ['settings imports content', 'src/domain/settings/x.ts', '../content/content-types', /may import only/],
  ['settings imports the config', 'src/domain/settings/x.ts', '../../config/site', /may import only/],
  ['review imports progress', 'src/domain/review/x.ts', '../progress/progress-model', /may import only/],
  ['the settings feature imports the quiz feature', 'src/features/settings/x.tsx', '../quiz/verdict', /Features never import each other/],
  [
    'the safety review imports the instructor feature',
    'src/features/safety-review/x.tsx',
    '../instructor/roster-row',
    /Features never import each other/,
  ],
  ['a feature imports a sibling feature', 'src/features/quiz/x.tsx', '../progress/module-card', /Features never import each other/],
  [
    'a feature imports another feature by its full path',
    'src/features/quiz/x.tsx',
    '../../features/lms/lms-notice',
    /Features never import each other/,
  ],
  ['a feature imports a route', 'src/features/quiz/x.tsx', '../../routes/home', /cannot import routes/],
  ['the store imports a feature', 'src/store/x.ts', '../features/quiz/verdict', /below features/],
  ['a component imports the store', 'src/components/x.tsx', '../store/progress-store', /app-agnostic/],
  ['content imports the store', 'content/01-voluntary/x.ts', '../../src/store/progress-store', /domain types only/],
];

for (const [name, file, spec, message] of forbidden) {
  test(`lint refuses: ${name}`, async () => {
    const messages = await lint(file, importing(spec));
    expect(messages.some((m) => message.test(m))).toBe(true);
  });
}

const allowed: [string, string, string][] = [
  ['scoring imports content', 'src/domain/scoring/x.ts', '../content/content-types'],
  ['progress imports scoring', 'src/domain/progress/x.ts', '../scoring/answers'],
  ['exchange imports progress and encoding', 'src/domain/exchange/x.ts', '../encoding/base64url'],
  ['lms imports progress', 'src/domain/lms/x.ts', '../progress/progress-model'],
  ['settings imports encoding', 'src/domain/settings/x.ts', '../encoding/untrusted-text'],
  ['review imports content', 'src/domain/review/x.ts', '../content/content-types'],
  ['a domain file imports its own folder', 'src/domain/content/x.ts', './content-types'],
  ['a feature imports the store', 'src/features/quiz/x.tsx', '../../store/progress-store'],
];

for (const [name, file, spec] of allowed) {
  test(`lint allows: ${name}`, async () => {
    expect(await lint(file, importing(spec))).toEqual([]);
  });
}

test('lint refuses the clock and randomness in the domain', async () => {
  const messages = await lint('src/domain/scoring/x.ts', 'export const a = Date.now();\nexport const b = Math.random();\n');
  expect(messages).toEqual([
    "'Date.now' is restricted from being used. Pass the clock in: the domain is deterministic.",
    "'Math.random' is restricted from being used. Pass a seed in: the domain is deterministic.",
  ]);
});

test('lint refuses react-router’s Link, useNavigate and useSearchParams in the app: plain hash addresses instead', async () => {
  const code =
    "import { Link, useNavigate, useSearchParams } from 'react-router';\nexport const used = [Link, useNavigate, useSearchParams];\n";
  const messages = await lint('src/features/quiz/x.tsx', code);
  expect(messages.filter((m) => m.includes('CourseLink'))).toHaveLength(1);
  expect(messages.filter((m) => m.includes('openCoursePage'))).toHaveLength(2);
});

test('lint refuses react-router’s routers and hooks in the app: the app matches pages with its matchPath alone', async () => {
  const code =
    "import { matchPath, Routes, useLocation, useParams } from 'react-router';\nexport const used = [matchPath, Routes, useLocation, useParams];\n";
  const messages = await lint('src/routes/x.tsx', code);
  expect(messages.filter((m) => m.includes('usePageParams'))).toHaveLength(3);
  expect(messages).toHaveLength(3);
});
