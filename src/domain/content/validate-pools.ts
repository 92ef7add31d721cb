/**
 * A bank's make-up: every scenario sits in the practice pool (feedback after each answer) or the
 * held-out check pool (the mastery check), and each pool is big and varied enough for what it
 * feeds. Two check forms of 4 items never share one when the check pool holds 8. Practice
 * scenarios come first, then check scenarios: the app loads each pool as its own chunk and
 * joins them in that order (docs/decisions/0019-bank-pool-chunks.md).
 */
import { SETTINGS, type Pool, type Question, type QuestionKind, type ScenarioBank } from './content-types';
import type { Reporter } from './content-problem';

/** The least a module bank must hold. */
export const MODULE_BANK_RULES = { practice: 10, check: 8, kinds: { multi: 2, rank: 1, branch: 2, value: 2 }, checkKinds: 3 } as const;
/** The least the course review must hold. */
export const REVIEW_BANK_RULES = { total: 30, practice: 10, check: 20, checkKinds: 3 } as const;

const count = (qs: Question[], kind: QuestionKind) => qs.filter((q) => q.kind === kind).length;

const ORDER_RULE = `a bank lists its practice scenarios first, then its check scenarios (docs/authoring.md, "Pools")`;

/**
 * Practice scenarios first, then check scenarios. An item out of place is most likely tagged with
 * the wrong pool, so the side with fewer strays is reported, item by item: the likely typos.
 */
function checkPoolOrder(r: Reporter, questions: readonly Question[]): void {
  const firstCheck = questions.findIndex((q) => q.pool === 'check');
  const lastPractice = questions.findLastIndex((q) => q.pool === 'practice');
  if (firstCheck === -1 || lastPractice < firstCheck) return;
  const places = (pool: Pool, from: number, to: number) =>
    questions.flatMap((q, i) => (q.pool === pool && i >= from && i <= to ? [i] : []));
  const strayPractice = places('practice', firstCheck, questions.length);
  const strayCheck = places('check', 0, lastPractice);
  const isCheckStray = strayCheck.length < strayPractice.length;
  for (const i of isCheckStray ? strayCheck : strayPractice) {
    const id = questions[i]?.id ?? '';
    r.at(
      `questions[${i}].pool`,
      isCheckStray
        ? `"${id}" is tagged 'check' but sits among the practice scenarios. If it is practice, write pool: 'practice'; if it belongs to the mastery check, move it below the last practice scenario: ${ORDER_RULE}`
        : `"${id}" is tagged 'practice' but sits among the check scenarios. If it belongs to the mastery check, write pool: 'check'; if it is practice, move it above the first check scenario: ${ORDER_RULE}`,
    );
  }
}

/** Checks the pools, their order, and the mix of kinds and settings in a structurally valid bank. */
export function validatePools(r: Reporter, bank: ScenarioBank): void {
  checkPoolOrder(r, bank.questions);
  const practice = bank.questions.filter((q) => q.pool === 'practice');
  const check = bank.questions.filter((q) => q.pool === 'check');
  const isReview = bank.module === 'review';
  const rules = isReview ? REVIEW_BANK_RULES : MODULE_BANK_RULES;
  if (practice.length < rules.practice)
    r.at('questions', `the practice pool holds ${practice.length} scenarios; it needs at least ${rules.practice}`);
  if (check.length < rules.check)
    r.at(
      'questions',
      `the check pool holds ${check.length} scenarios; it needs at least ${rules.check} so check attempts do not repeat items`,
    );
  const checkKinds = new Set(check.map((q) => q.kind)).size;
  if (check.length > 0 && checkKinds < rules.checkKinds)
    r.at('questions', `the check pool uses ${checkKinds} question kinds; mix at least ${rules.checkKinds}`);
  if (isReview) {
    if (bank.questions.length < REVIEW_BANK_RULES.total)
      r.at('questions', `the course review holds ${bank.questions.length} scenarios; it needs at least ${REVIEW_BANK_RULES.total}`);
    const missing = Object.keys(SETTINGS).filter((s) => !bank.questions.some((q) => q.setting === s));
    if (missing.length > 0) r.at('questions', `the course review has no scenario in: ${missing.join(', ')}`);
    return;
  }
  for (const [kind, least] of Object.entries(MODULE_BANK_RULES.kinds)) {
    const n = count(bank.questions, kind as QuestionKind);
    if (n < least) r.at('questions', `the bank has ${n} "${kind}" scenarios; it needs at least ${least}`);
  }
}
