/**
 * What a learner answered, per question. Stored in progress and receipts, so these shapes are
 * part of the saved-data format: change them only with a progress migration.
 */

/** One question's answer; `kind` matches the question's kind. */
export type Answer =
  | { kind: 'single'; optionId: string }
  | { kind: 'multi'; optionIds: string[] }
  | { kind: 'rank'; order: string[] }
  | { kind: 'branch'; path: string[] }
  | { kind: 'value'; optionId: string };

/** Answers keyed by question id; a missing key means not answered. */
export type Answers = Record<string, Answer>;
