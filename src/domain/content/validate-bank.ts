/**
 * Checks one scenario bank (`content/NN-slug/scenarios.ts`) as data: every scenario, every
 * response, the answer key and the safety rules. The bank arrives as `unknown` because a content
 * file may be half-written; a malformed one yields problems, never an exception.
 */
import { POOLS, SAFETY_TAGS, SETTINGS, VALUE_IDS, type QuestionKind, type ScenarioBank } from './content-types';
import {
  type ContentProblem,
  type Fields,
  type Reporter,
  createReporter,
  describe,
  isFields,
  requireId,
  requireList,
  requireOneOf,
  requireProse,
  requireText,
} from './content-problem';
import { validateBranch } from './validate-branch';
import { validateItemCues } from './validate-item-cues';
import { validateKeySteps } from './validate-key-steps';
import { validatePools } from './validate-pools';
import { validateOptions } from './validate-options';
import { validateSafety } from './validate-safety';

const KINDS: readonly QuestionKind[] = ['single', 'multi', 'rank', 'branch', 'value'];
const SETTING_IDS = Object.keys(SETTINGS);
const TAG_IDS = Object.keys(SAFETY_TAGS);

/**
 * Picks the bank out of a scenarios.ts module: its default export, a `bank` export, or the one
 * export shaped like a bank. Anything else is returned as is, for the check to report.
 */
export function pickBankExport(namespace: unknown): unknown {
  if (!isFields(namespace)) return namespace;
  if ('default' in namespace) return namespace.default;
  if ('bank' in namespace) return namespace.bank;
  const banks = Object.values(namespace).filter((v) => isFields(v) && 'questions' in v);
  return banks.length === 1 ? banks[0] : namespace;
}

/** The `safety` list is optional; when present it holds known tags and is not empty. */
function checkSafetyTags(r: Reporter, q: Fields, path: string): void {
  if (q.safety === undefined) return;
  const field = `${path}.safety`;
  if (!Array.isArray(q.safety)) {
    r.at(field, `safety must be a list of safety tags, found ${describe(q.safety)}`);
    return;
  }
  if (q.safety.length === 0) r.at(field, 'safety is empty: leave it out when the scenario touches no safety trigger');
  q.safety.forEach((tag: unknown, i) => {
    if (typeof tag !== 'string' || !TAG_IDS.includes(tag)) {
      r.at(
        `${field}[${i}]`,
        `unknown safety tag ${typeof tag === 'string' ? `"${tag}"` : describe(tag)}; use one of: ${TAG_IDS.join(', ')}`,
      );
    }
  });
}

/** Checks one scenario; the checks that depend on its kind run only when the kind is known. */
function validateQuestion(r: Reporter, q: unknown, path: string): void {
  if (!isFields(q)) {
    r.at(path, `a scenario must be an object, found ${describe(q)}`);
    return;
  }
  requireId(r, q, path);
  requireOneOf(r, q, 'value', path, VALUE_IDS);
  requireOneOf(r, q, 'setting', path, SETTING_IDS);
  requireProse(r, q, 'title', path);
  requireProse(r, q, 'situation', path);
  requireProse(r, q, 'prompt', path);
  if (q.pool === undefined)
    r.at(`${path}.pool`, `every scenario belongs to a pool: write pool: 'practice' or pool: 'check' (docs/authoring.md, "Pools")`);
  else requireOneOf(r, q, 'pool', path, POOLS);
  checkSafetyTags(r, q, path);
  const kind = requireOneOf(r, q, 'kind', path, KINDS);
  if (kind === undefined) return;
  if (kind === 'branch') validateBranch(r, q, path);
  else validateOptions(r, q, kind, path);
  validateSafety(r, q, kind, path);
}

/** Returns every problem in one bank; `file` is its path from the project root. */
export function validateBank(file: string, bank: unknown): ContentProblem[] {
  const r = createReporter(file);
  if (!isFields(bank)) {
    r.at('bank', `the file must export a scenario bank { module, questions }, found ${describe(bank)}`);
    return r.problems;
  }
  requireText(r, bank, 'module', '');
  const questions = requireList(r, bank, 'questions', '');
  if (Array.isArray(bank.questions) && questions.length === 0) {
    r.at('questions', 'questions is empty: a bank needs at least one scenario');
  }
  questions.forEach((q, i) => validateQuestion(r, q, `questions[${i}]`));
  // The whole-bank checks read the bank as typed data, so they run only once every scenario is
  // well formed; until then the problems above are the ones to fix.
  if (r.problems.length === 0) {
    const typed = bank as unknown as ScenarioBank;
    typed.questions.forEach((q, i) => validateKeySteps(r, q, `questions[${i}]`));
    validatePools(r, typed);
    validateItemCues(r, typed);
  }
  return r.problems;
}

/** Each scenario id in a bank with its field path, for the course-wide duplicate check. */
export function questionIdsOf(bank: unknown): { id: string; field: string }[] {
  if (!isFields(bank) || !Array.isArray(bank.questions)) return [];
  return bank.questions.flatMap((q: unknown, i) =>
    isFields(q) && typeof q.id === 'string' ? [{ id: q.id, field: `questions[${i}].id` }] : [],
  );
}

/** The scenarios in a bank, or none when the bank is malformed. */
export function questionsOf(bank: unknown): unknown[] {
  return isFields(bank) && Array.isArray(bank.questions) ? bank.questions : [];
}
