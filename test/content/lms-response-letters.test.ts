// @vitest-environment node
// docs/lms-response-letters.md tells an LMS administrator which SCORM 1.2 letter is which option;
// it must match the banks exactly, or a question report would be misread.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadQuestions } from '../../src/course/bank-loader';
import { allQuizzes, course } from '../../src/course/course-data';
import { responseLettersMarkdown } from '../../scripts/lms/response-letters';

test('the response-letter table is generated from the current banks (npm run docs:lms-letters)', async () => {
  const banks = Object.fromEntries(await Promise.all(allQuizzes.map(async (q) => [q.id, await loadQuestions(q)] as const)));
  const expected = responseLettersMarkdown(course, banks);
  expect(readFileSync(new URL('../../docs/lms-response-letters.md', import.meta.url), 'utf8')).toBe(expected);
  // `a` is the first option as written in the bank, whatever order a learner saw.
  const first = banks.voluntary?.find((q) => q.kind === 'single');
  if (!first || first.kind !== 'single') throw new Error('voluntary needs a single-answer scenario');
  const rowsOf = expected.split('\n').filter((line) => line.includes(`\`${first.options[1]?.id}\``));
  expect(rowsOf.some((line) => line.includes('| b |'))).toBe(true);
});
