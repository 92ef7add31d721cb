import { toCsv } from '../../domain/exchange/csv';
import type { JudgedRow } from '../../domain/exchange/roster-book';
import { outcomeParts } from './describe-outcome';
import { judgedByLabel, NO_PROBLEMS, problemsOf, titleOf } from './judge-words';

/** The header row of the roster CSV. */
const CSV_HEADER = [
  'Learner',
  'Cohort',
  'Instructor',
  'Assignment',
  'Judged by',
  'Module',
  'Status',
  'Best score (%)',
  'Attempts',
  'Date',
  'On time',
  'Checks',
  'Earlier receipts',
  'Certificate code',
];

/**
 * The roster as CSV: one line per trainee and module from each trainee's latest receipt (so it
 * counts trainees, not receipts), every cell safe to open in a spreadsheet.
 */
export function rosterCsv(rows: readonly JudgedRow[]): string {
  const lines = rows.flatMap(({ row, judgement }) => {
    const { learner, assignment: a } = row.latest.digest;
    const problems = problemsOf(judgement);
    const checks = problems.length > 0 ? problems.join(' ') : `${NO_PROBLEMS}.`;
    return judgement.outcomes.map((o) => {
      const p = outcomeParts(o);
      return [
        learner,
        a.cohort ?? '',
        a.instructor ?? '',
        a.id,
        judgedByLabel(judgement),
        titleOf(o.moduleId),
        p.status,
        o.best ? o.best.percent : '',
        o.attempts,
        p.date,
        p.timing,
        checks,
        row.history.length,
        judgement.code,
      ];
    });
  });
  return toCsv([CSV_HEADER, ...lines]);
}
