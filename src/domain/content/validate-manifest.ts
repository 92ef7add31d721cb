/**
 * Checks the course manifest (`content/course.ts`) against the folders on disk: the ten values in
 * order, folders numbered to match, a lesson and a bank for every module, a review bank, and a
 * content note wherever scenarios touch distressing topics.
 */
import { VALUE_IDS } from './content-types';
import {
  type ContentProblem,
  type Fields,
  type Reporter,
  createReporter,
  describe,
  isFields,
  listOf,
  reportDuplicateIds,
  requireProse,
  requireText,
} from './content-problem';
import { questionsOf } from './validate-bank';
import { needsContentNote } from './validate-safety';

/** The manifest's path from the project root; every manifest problem names it. */
const MANIFEST_FILE = 'content/course.ts';

/** A module's scenario bank path. */
const bankFile = (folder: string): string => `content/${folder}/scenarios.ts`;

/** A module's lesson path. */
const lessonFile = (folder: string): string => `content/${folder}/lesson.mdx`;

/** What the manifest check needs to know about the content folder. */
export interface ManifestInput {
  /** The manifest as loaded; checked as unknown data. */
  manifest: unknown;
  /** Folder names found under `content/`. */
  folders: readonly string[];
  /** Every scenarios.ts found, with its exported bank. */
  banks: readonly { file: string; bank: unknown }[];
  /** Every lesson.mdx found. */
  lessonFiles: readonly string[];
}

/** A manifest entry (module or review) with its place, for the checks that span files. */
interface Entry {
  field: string;
  id: string;
  folder: string;
  fields: Fields;
}

const NUMBERED = /^\d+-/;
const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** Course-level fields: id, title, a version, a whole-number pass mark. */
function checkCourseFields(r: Reporter, m: Fields): void {
  requireText(r, m, 'id', '');
  requireProse(r, m, 'title', '');
  requireText(r, m, 'version', '');
  const mark = m.passMark;
  if (typeof mark !== 'number' || !Number.isInteger(mark) || mark < 0 || mark > 100) {
    r.at('passMark', `passMark must be a whole number from 0 to 100, found ${describe(mark)}`);
  }
}

/** One module: its id in value order, its folder name, and the words learners read. */
function checkModule(r: Reporter, m: unknown, i: number, folders: readonly string[]): Entry | undefined {
  const field = `modules[${i}]`;
  if (!isFields(m)) {
    r.at(field, `a module must be an object, found ${describe(m)}`);
    return undefined;
  }
  const id = requireText(r, m, 'id', field);
  const expected = VALUE_IDS[i];
  if (expected === undefined) r.at(`${field}.id`, `extra module "${id ?? ''}": the course has exactly the ${VALUE_IDS.length} values`);
  else if (id !== undefined && id !== expected) {
    r.at(`${field}.id`, `expected "${expected}" here, found "${id}": modules follow the value order ${VALUE_IDS.join(', ')}`);
  }
  const folder = requireText(r, m, 'folder', field);
  const wanted = `${twoDigits(i + 1)}-${id ?? expected ?? ''}`;
  if (folder !== undefined && folder !== wanted) {
    r.at(`${field}.folder`, `folder "${folder}" should be "${wanted}": folders are numbered in manifest order and named by module id`);
  }
  if (folder !== undefined && !folders.includes(folder)) r.at(`${field}.folder`, `folder "content/${folder}" does not exist`);
  for (const key of ['title', 'summary']) requireProse(r, m, key, field);
  if (m.contentNote !== undefined) requireProse(r, m, 'contentNote', field);
  if (typeof m.minutes !== 'number' || !(m.minutes > 0))
    r.at(`${field}.minutes`, `minutes must be a positive number, found ${describe(m.minutes)}`);
  return id !== undefined && folder !== undefined ? { field, id, folder, fields: m } : undefined;
}

/** The review quiz entry. */
function checkReview(r: Reporter, review: unknown, folders: readonly string[]): Entry | undefined {
  if (!isFields(review)) {
    r.at('review', `review must be an object with id, folder and title, found ${describe(review)}`);
    return undefined;
  }
  if (review.id !== 'review') r.at('review.id', `review.id must be "review", found ${describe(review.id)}`);
  requireProse(r, review, 'title', 'review');
  if (review.contentNote !== undefined) requireProse(r, review, 'contentNote', 'review');
  const folder = requireText(r, review, 'folder', 'review');
  if (folder === undefined) return undefined;
  if (!folders.includes(folder)) r.at('review.folder', `folder "content/${folder}" does not exist`);
  return { field: 'review', id: 'review', folder, fields: review };
}

/** Files each entry needs, and numbered folders no entry claims. */
function checkFiles(problems: ContentProblem[], input: ManifestInput, entries: Entry[]): void {
  const bankFiles = new Set(input.banks.map((b) => b.file));
  for (const { id, folder } of entries) {
    if (!input.folders.includes(folder)) continue;
    if (!bankFiles.has(bankFile(folder)))
      problems.push({ file: bankFile(folder), field: 'file', message: 'is missing: every module and the review need a scenario bank' });
    if (id !== 'review' && !input.lessonFiles.includes(lessonFile(folder))) {
      problems.push({ file: lessonFile(folder), field: 'file', message: 'is missing: every module needs a lesson' });
    }
  }
  const claimed = new Set(entries.map((e) => e.folder));
  for (const folder of input.folders) {
    if (NUMBERED.test(folder) && !claimed.has(folder)) {
      problems.push({
        file: `content/${folder}`,
        field: 'folder',
        message: `numbered folder is not in the manifest (${MANIFEST_FILE}): add it to modules or remove it`,
      });
    }
  }
}

/** Each bank names the module of the folder it sits in; distressing scenarios need a content note. */
function checkBanks(r: Reporter, problems: ContentProblem[], input: ManifestInput, entries: Entry[]): void {
  for (const { file, bank } of input.banks) {
    const entry = entries.find((e) => bankFile(e.folder) === file);
    const module = isFields(bank) ? bank.module : undefined;
    if (entry && typeof module === 'string' && module !== entry.id) {
      problems.push({ file, field: 'module', message: `module is "${module}" but this folder belongs to "${entry.id}"` });
    }
    if (!entry) continue;
    const distressing = questionsOf(bank).filter(needsContentNote);
    const note = entry.fields.contentNote;
    if (distressing.length > 0 && (typeof note !== 'string' || note.trim() === '')) {
      const ids = distressing.map((q) => (isFields(q) ? String(q.id) : '?')).join(', ');
      r.at(
        `${entry.field}.contentNote`,
        `"${entry.id}" has safety-tagged scenarios (${ids}), so it needs a contentNote shown before it starts`,
      );
    }
  }
}

/** Returns every problem in the manifest and in how it matches the content folders. */
export function validateManifest(input: ManifestInput): ContentProblem[] {
  const r = createReporter(MANIFEST_FILE);
  const problems: ContentProblem[] = [];
  const m = input.manifest;
  if (!isFields(m)) {
    r.at('course', `content/course.ts must export the course manifest, found ${describe(m)}`);
    return r.problems;
  }
  checkCourseFields(r, m);
  const modules = listOf(m.modules);
  if (!Array.isArray(m.modules)) r.at('modules', `modules must be a list, found ${describe(m.modules)}`);
  else if (modules.length !== VALUE_IDS.length) r.at('modules', `expected the ${VALUE_IDS.length} values, found ${modules.length} modules`);
  const entries = modules.map((mod, i) => checkModule(r, mod, i, input.folders));
  reportDuplicateIds(
    r,
    modules.map((mod) => (isFields(mod) && typeof mod.id === 'string' ? mod.id : undefined)),
    (i) => `modules[${i}]`,
    'module',
  );
  const review = checkReview(r, m.review, input.folders);
  const known = [...entries, review].filter((e): e is Entry => e !== undefined);
  checkFiles(problems, input, known);
  checkBanks(r, problems, input, known);
  return [...r.problems, ...problems];
}
