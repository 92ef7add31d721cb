/**
 * The instructor's own assignments: kept in the roster when the instructor creates them, they are
 * the authority receipts are judged against (roster-judge.ts). Stored copies and copies in a
 * roster export are untrusted input and are restored defensively.
 */
import type { ValueId } from '../content/content-types';
import { assignmentProblem, type Assignment } from './assignment-link';
import { isIsoTime, isRecord } from '../encoding/untrusted-text';
import type { Authority } from './roster-judge';

/** An assignment this roster created. */
export interface OwnAssignment {
  /** The assignment exactly as its link carries it. */
  assignment: Assignment;
  /** When the instructor created it (ISO 8601). */
  createdAt: string;
}

/** The id whole-course receipts carry (a learner's certificate without an instructor's link). */
export const WHOLE_COURSE_ID = 'course';

/** A stored or exported own assignment, or null when it is not a usable one. */
export function restoreOwnAssignment(v: unknown): OwnAssignment | null {
  if (!isRecord(v) || !isIsoTime(v.createdAt) || !isRecord(v.assignment)) return null;
  const a = v.assignment;
  if (typeof a.id !== 'string' || !Array.isArray(a.modules)) return null;
  const assignment: Assignment = { id: a.id, modules: (a.modules as unknown[]).filter((m): m is ValueId => typeof m === 'string') };
  if (a.modules.length !== assignment.modules.length) return null;
  if (a.passMark !== undefined) assignment.passMark = a.passMark as number;
  for (const key of ['due', 'cohort', 'instructor', 'message'] as const) if (a[key] !== undefined) assignment[key] = a[key] as string;
  return assignmentProblem(assignment) === null ? { assignment, createdAt: v.createdAt } : null;
}

/** The rules an own assignment sets; a missing pass mark means the course's. */
export function authorityFor({ assignment, createdAt }: OwnAssignment, coursePassMark: number): Authority {
  const out: Authority = { source: 'own', modules: [...assignment.modules], passMark: assignment.passMark ?? coursePassMark, createdAt };
  if (assignment.due) out.due = assignment.due;
  return out;
}

/** The rules for whole-course receipts: every module, the course's pass mark, no due date. */
export function courseAuthority(modules: readonly string[], coursePassMark: number): Authority {
  return { source: 'course', modules: [...modules], passMark: coursePassMark };
}
