/**
 * The one content check: manifest, scenario banks and lessons together, returning EVERY problem
 * as a message naming file and field. The build (`scripts/check-content.mjs`) and a test over the
 * real course both run it, so a content mistake can never reach learners.
 */
import type { CourseManifest, ScenarioBank } from './content-types';
import { type ContentProblem, createReporter } from './content-problem';
import { questionIdsOf, validateBank } from './validate-bank';
import { validateCast } from './validate-cast';
import { validateLesson } from './validate-lesson';
import { validateManifest } from './validate-manifest';
import { validatePrompts } from './validate-prompts';

/** One problem: file, field and message (defined in content-problem.ts, shared by every check). */
export type { ContentProblem } from './content-problem';

/** Everything the check reads, gathered by the caller (a script with node:fs, or a test). */
export interface CourseInput {
  /** The manifest exported by `content/course.ts`. */
  manifest: CourseManifest;
  /** The `reflectionPrompts` exported by `content/reflection-prompts.ts` (unchecked). */
  reflectionPrompts: unknown;
  /** Folder names found under `content/` (`01-voluntary`, `review`, …). */
  folders: string[];
  /** Every `content/<folder>/scenarios.ts`, with its exported bank as loaded (unchecked). */
  banks: { file: string; bank: unknown }[];
  /** Every `content/<folder>/lesson.mdx`, as text. */
  lessons: { file: string; source: string }[];
  /** The `cast` exported by `content/cast.ts` (unchecked). */
  cast: unknown;
}

/**
 * Question ids are permanent and course-wide (saved answers are keyed by them), so a duplicate
 * in another module is as harmful as one in the same bank.
 */
function findDuplicateQuestionIds(banks: CourseInput['banks']): ContentProblem[] {
  const firstAt = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const { file, bank } of banks) {
    const r = createReporter(file);
    for (const { id, field } of questionIdsOf(bank)) {
      const first = firstAt.get(id);
      if (first === undefined) firstAt.set(id, `${file} › ${field}`);
      else r.at(field, `duplicate question id "${id}" (also used at ${first}): ids must be unique across the course`);
    }
    problems.push(...r.problems);
  }
  return problems;
}

/** Returns every problem in the course's content; an empty list means it is ready to build. */
export function validateCourse(input: CourseInput): ContentProblem[] {
  const bankProblems = input.banks.map(({ file, bank }) => ({ file, bank, problems: validateBank(file, bank) }));
  // People are checked in banks that are otherwise well formed (their text can be read safely).
  const wellFormed = bankProblems.filter((b) => b.problems.length === 0).map(({ file, bank }) => ({ file, bank: bank as ScenarioBank }));
  return [
    ...validateManifest({
      manifest: input.manifest,
      folders: input.folders,
      banks: input.banks,
      lessonFiles: input.lessons.map((l) => l.file),
    }),
    ...validatePrompts(input.reflectionPrompts),
    ...bankProblems.flatMap((b) => b.problems),
    ...findDuplicateQuestionIds(input.banks),
    ...input.lessons.flatMap(({ file, source }) => validateLesson(file, source)),
    ...validateCast({ cast: input.cast, banks: wellFormed, lessons: input.lessons }),
  ];
}
