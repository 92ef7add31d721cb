// @vitest-environment node
// The real course, checked by the same function the build runs (scripts/check-content.mjs).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { cast } from '../../content/cast';
import { course } from '../../content/course';
import { reflectionPrompts } from '../../content/reflection-prompts';
import { formatProblem } from '../../src/domain/content/content-problem';
import { pickBankExport } from '../../src/domain/content/validate-bank';
import { validateCourse } from '../../src/domain/content/validate-course';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const fromGlobKey = (key: string): string => key.replace(/^(\.\.\/)+/, '');

const bankModules = import.meta.glob('../../content/*/scenarios.ts', { eager: true });

// Lessons are read with node:fs, not `import.meta.glob(…, { query: '?raw' })`: the MDX plugin in
// vite.config.ts strips the query before matching, so it compiles `lesson.mdx?raw` too and the
// import yields a component instead of the source text.
const folders = readdirSync(contentDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const lessons = folders.flatMap((folder) => {
  try {
    return [{ file: `content/${folder}/lesson.mdx`, source: readFileSync(`${contentDir}${folder}/lesson.mdx`, 'utf8') }];
  } catch {
    return []; // no lesson here: the manifest check reports it if one is required
  }
});

test('the course content has no problems', () => {
  const banks = Object.entries(bankModules).map(([key, namespace]) => ({
    file: fromGlobKey(key),
    bank: pickBankExport(namespace),
  }));
  const problems = validateCourse({ manifest: course, reflectionPrompts, folders, banks, lessons, cast }).map(formatProblem);
  expect(problems).toEqual([]);
});
