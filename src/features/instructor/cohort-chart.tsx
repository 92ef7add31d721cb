import { memo } from 'react';
import { ValueBarChart } from '../../components/value-bar-chart';
import { course } from '../../course/course-data';
import type { ValueId } from '../../domain/content/content-types';
import type { JudgedRow } from '../../domain/exchange/roster-book';
import { addPerValue } from '../../domain/exchange/roster-judge';
import type { ValueScore } from '../../domain/scoring/score-quiz';

/** Props for CohortChart. */
interface CohortChartProps {
  /** Judged rows (one per trainee per assignment); rows with problems are left out of the totals. */
  rows: JudgedRow[];
}

/**
 * The cohort’s score on each value: points over each trainee’s best attempts, from each trainee's
 * latest receipt (trainees, not receipts). The chart and its table are the same component as a
 * learner's per-value results.
 */
export const CohortChart = memo(function CohortChart({ rows }: CohortChartProps) {
  const counted = rows.filter((r) => r.judgement.flags.length === 0);
  const total: Partial<Record<ValueId, ValueScore>> = {};
  for (const r of counted) addPerValue(total, r.judgement.perValue);
  const bars = course.modules.flatMap((m) => {
    const s = total[m.id];
    return s ? [{ id: m.id, title: m.title, ...s }] : [];
  });
  const left = rows.length - counted.length;
  if (bars.length === 0) return null;
  return (
    <figure className="cohort-chart" aria-labelledby="chart-heading">
      <figcaption>
        <h2 id="chart-heading">Cohort scores by value</h2>
        <p className="hint">
          Points earned over each trainee&rsquo;s best attempts, from {counted.length.toLocaleString('en-US')}{' '}
          {counted.length === 1 ? 'trainee' : 'trainees'}
          {left > 0 && ` (${left.toLocaleString('en-US')} with problems found ${left === 1 ? 'is' : 'are'} left out)`}.
        </p>
      </figcaption>
      <ValueBarChart bars={bars} label="Cohort score by value" caption="Cohort scores by value" />
    </figure>
  );
});
