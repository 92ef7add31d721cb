import type { ModuleOutcome } from '../../domain/progress/module-outcome';
import { MODULE_STATUS_LABELS } from '../../domain/progress/module-status';

/** The parts of a roster cell, shared by the table and the CSV so both always agree. */
export function outcomeParts(o: ModuleOutcome): { status: string; score: string; attempts: string; date: string; timing: string } {
  return {
    status: MODULE_STATUS_LABELS[o.status],
    score: o.best ? `${o.best.percent}%` : '',
    attempts: o.attempts === 1 ? '1 attempt' : `${o.attempts} attempts`,
    date: o.completedAt ? o.completedAt.slice(0, 10) : '',
    timing: o.timing === 'on-time' ? 'On time' : o.timing === 'late' ? 'Late' : '',
  };
}
