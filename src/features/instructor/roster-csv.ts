import { course } from '../../course/course-data';
import { toCsv } from '../../domain/exchange/csv';
import { outcomeParts } from './describe-outcome';
import type { RosterRow } from './use-roster-reviews';

/** The header row of the roster CSV. */
const CSV_HEADER = [
  'Learner',
  'Cohort',
  'Instructor',
  'Assignment',
  'Module',
  'Status',
  'Best score (%)',
  'Attempts',
  'Date',
  'On time',
  'Checks',
  'Certificate code',
];

/** The roster as CSV: one line per trainee and module, every cell safe to open in a spreadsheet. */
export function rosterCsv(rows: readonly RosterRow[]): string {
  const lines = rows.flatMap(({ read: { receipt }, review }) =>
    review.outcomes.map((o) => {
      const p = outcomeParts(o);
      const title = course.modules.find((m) => m.id === o.moduleId)?.title ?? o.moduleId;
      const checks = review.flags.length > 0 ? review.flags.join(' ') : 'Consistent';
      const a = receipt.assignment;
      return [
        receipt.learner,
        a.cohort ?? '',
        a.instructor ?? '',
        a.id,
        title,
        p.status,
        o.best ? o.best.percent : '',
        o.attempts,
        p.date,
        p.timing,
        checks,
        review.code,
      ];
    }),
  );
  return toCsv([CSV_HEADER, ...lines]);
}
