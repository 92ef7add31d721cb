/**
 * The roster as the instructor sees it: one row per trainee per assignment (roster-rows.ts), each
 * receipt judged by the instructor's own copy of its assignment when the roster has one
 * (roster-judge.ts), with replays looked up across every receipt. Grouping is quick; judging is
 * done on demand and remembered, so a page of a large roster shows before the rest is judged.
 * Pure: the caller passes the course and its pass mark.
 */
import { authorityFor, courseAuthority, WHOLE_COURSE_ID, type OwnAssignment } from './own-assignment';
import { judgeReceipt, type Authority, type Judgement } from './roster-judge';
import { groupByTrainee, indexAttempts, replaysOf, type AttemptOwners, type RosterItem, type TraineeRow } from './roster-rows';

/** The course facts judging needs. */
export interface CourseRules {
  /** Course id. */
  id: string;
  /** Content version. */
  version: string;
  /** The course's default pass mark. */
  passMark: number;
  /** Every module id, in course order. */
  modules: readonly string[];
}

/** A row and the judgement of its latest receipt. */
export interface JudgedRow {
  /** The trainee's receipts for one assignment. */
  row: TraineeRow;
  /** The verdict on the latest one. */
  judgement: Judgement;
}

/** The roster's rows, and a judge for any one of its receipts. */
export interface RosterBook {
  /** One row per trainee per assignment, sorted by learner then assignment. */
  rows: TraineeRow[];
  /** Judges a receipt of this roster (remembered: asking twice costs nothing). */
  judge: (item: RosterItem) => Judgement;
  /** The authority for an assignment id, if this roster (or the course) sets its rules. */
  authorityOf: (assignmentId: string) => Authority | undefined;
}

/**
 * Groups the roster into rows and prepares its judge. `owners` (indexAttempts of the same items)
 * may be passed in when the caller built it beforehand; otherwise the first judgement builds it.
 */
export function openRosterBook(
  items: readonly RosterItem[],
  own: readonly OwnAssignment[],
  course: CourseRules,
  owners: AttemptOwners | null = null,
): RosterBook {
  const owned = new Map(own.map((o) => [o.assignment.id, authorityFor(o, course.passMark)]));
  const whole = courseAuthority(course.modules, course.passMark);
  const authorityOf = (id: string) => owned.get(id) ?? (id === WHOLE_COURSE_ID ? whole : undefined);
  const judged = new WeakMap<RosterItem, Judgement>();
  const judge = (item: RosterItem): Judgement => {
    const known = judged.get(item);
    if (known) return known;
    const authority = authorityOf(item.digest.assignment.id);
    owners ??= indexAttempts(items);
    const base = { importedAt: item.importedAt, replays: replaysOf(item.digest, owners), course };
    const judgement = judgeReceipt(item.digest, authority ? { ...base, authority } : base);
    judged.set(item, judgement);
    return judgement;
  };
  return { rows: groupByTrainee(items), judge, authorityOf };
}

/** Every row with its judgement (for the chart, the CSV and filters; the caller may spread the work). */
export function judgeRows(book: RosterBook): JudgedRow[] {
  return book.rows.map((row) => ({ row, judgement: book.judge(row.latest) }));
}
