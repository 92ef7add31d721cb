/**
 * The problems the roster can find in a receipt, as data (so tests, filters and counts can use
 * the kind) and as one plain sentence each. Every sentence says what was found, never that a
 * receipt is genuine: no check can prove that.
 */
import type { ClaimedScore } from './receipt';

/** Where in a receipt a dated item sits: a lesson reading, or an attempt (1-based). */
export interface DatedItem {
  /** Module id. */
  moduleId: string;
  /** Attempt number, 1-based; absent for the lesson-read time. */
  attempt?: number;
  /** The time in question (ISO 8601). */
  at: string;
  /** How many more items in this receipt have the same problem. */
  more: number;
}

/** One problem found in a receipt. */
export type RosterFlag =
  | { kind: 'checksum' }
  | { kind: 'other-course'; courseId: string }
  | { kind: 'unknown-module'; moduleId: string }
  | { kind: 'score-mismatch'; moduleId: string; attempt: number; claimed: ClaimedScore; actual: number }
  | { kind: 'pass-mark'; claimed: number; actual: number }
  | { kind: 'modules'; missing: string[]; extra: string[] }
  | { kind: 'due'; claimed: string | undefined; actual: string | undefined }
  | { kind: 'below-pass-mark'; moduleId: string; attempt: number; percent: number; passMark: number }
  | { kind: 'replay'; learner: string; count: number }
  | ({ kind: 'finished-before-start'; startedAt: string } & DatedItem)
  | ({ kind: 'future'; importedAt: string } & DatedItem)
  | ({ kind: 'before-created'; createdAt: string } & DatedItem);

/** The kinds of flag, for counts and filters. */
export type RosterFlagKind = RosterFlag['kind'];

/** An ISO time as people read it in the roster: 2025-06-10 09:20 UTC. */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

const list = (ids: string[], titleOf: (id: string) => string) => ids.map(titleOf).join(', ');

function what(i: DatedItem, titleOf: (id: string) => string): string {
  return i.attempt ? `${titleOf(i.moduleId)} attempt ${i.attempt}` : `the ${titleOf(i.moduleId)} lesson reading`;
}

const more = (n: number, one: string, many: string) => (n > 0 ? ` ${n} more ${n === 1 ? one : many} too.` : '');

/** One flag as a plain sentence; `titleOf` names a module. */
export function describeFlag(f: RosterFlag, titleOf: (moduleId: string) => string): string {
  switch (f.kind) {
    case 'checksum':
      return 'Checksum failed: this receipt was changed after it was made, or damaged.';
    case 'other-course':
      return `Made for another course ("${f.courseId}").`;
    case 'unknown-module':
      return `Module "${f.moduleId}" is not in this course, so its answers could not be checked.`;
    case 'score-mismatch':
      return `Score mismatch in ${titleOf(f.moduleId)} attempt ${f.attempt}: claims ${f.claimed.percent}%${f.claimed.passed ? ' (passed)' : ''}, but its answers score ${f.actual}%.`;
    case 'pass-mark':
      return `Pass mark differs: the receipt claims ${f.claimed}%, the assignment's pass mark is ${f.actual}%.`;
    case 'modules':
      return `Module list differs from the assignment:${f.missing.length ? ` missing ${list(f.missing, titleOf)}` : ''}${f.missing.length && f.extra.length ? ';' : ''}${f.extra.length ? ` not assigned ${list(f.extra, titleOf)}` : ''}.`;
    case 'due':
      return `Due date differs: the receipt claims ${f.claimed ?? 'no due date'}, the assignment's is ${f.actual ?? 'no due date'}.`;
    case 'below-pass-mark':
      return `Passed below the pass mark: ${titleOf(f.moduleId)} attempt ${f.attempt} claims a pass with ${f.percent}%, below the assignment's pass mark of ${f.passMark}%.`;
    case 'replay':
      return `Replay: ${f.count === 1 ? '1 attempt in this receipt also appears' : `${f.count} attempts in this receipt also appear`} in a receipt from ${f.learner}.`;
    case 'finished-before-start':
      return `Impossible time: ${what(f, titleOf)} finished (${formatTime(f.at)}) before it started (${formatTime(f.startedAt)}).${more(f.more, 'attempt does', 'attempts do')}`;
    case 'future':
      return `Impossible time: ${what(f, titleOf)} is dated ${formatTime(f.at)}, after the receipt was imported (${formatTime(f.importedAt)}).${more(f.more, 'date is', 'dates are')}`;
    case 'before-created':
      return `Dated before the assignment was created (${formatTime(f.createdAt)}): ${what(f, titleOf)} at ${formatTime(f.at)}.${more(f.more, 'date is', 'dates are')}`;
  }
}
