/**
 * A bank's make-up: every scenario sits in the practice pool (feedback after each answer) or the
 * held-out check pool (the mastery check), and each pool is big and varied enough for what it
 * feeds. Two check forms of 4 items never share one when the check pool holds 8.
 */
import { SETTINGS, type Question, type QuestionKind, type ScenarioBank } from './content-types';
import type { Reporter } from './content-problem';

/** The least a module bank must hold. */
export const MODULE_BANK_RULES = { practice: 10, check: 8, kinds: { multi: 2, rank: 1, branch: 2, value: 2 }, checkKinds: 3 } as const;
/** The least the course review must hold. */
export const REVIEW_BANK_RULES = { total: 30, practice: 10, check: 20, checkKinds: 3 } as const;

const count = (qs: Question[], kind: QuestionKind) => qs.filter((q) => q.kind === kind).length;

/** Checks the pools and the mix of kinds and settings in a structurally valid bank. */
export function validatePools(r: Reporter, bank: ScenarioBank): void {
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
