import { ValueBarChart } from '../../components/value-bar-chart';
import { course } from '../../course/course-data';
import type { ValueId } from '../../domain/content/content-types';
import { addPerValue } from '../../domain/exchange/roster-review';
import type { ValueScore } from '../../domain/scoring/score-quiz';
import type { RosterRow } from './use-roster-reviews';

/** Props for CohortChart. */
interface CohortChartProps {
  /** Reviewed receipts; flagged ones are left out of the totals. */
  rows: RosterRow[];
}

/**
 * The cohort’s score on each value (points over every trusted receipt’s best attempts). The chart
 * and its table are the same component as a learner's per-value results.
 */
export function CohortChart({ rows }: CohortChartProps) {
  const trusted = rows.filter((r) => r.review.flags.length === 0);
  const total: Partial<Record<ValueId, ValueScore>> = {};
  for (const r of trusted) addPerValue(total, r.review.perValue);
  const bars = course.modules.flatMap((m) => {
    const s = total[m.id];
    return s ? [{ id: m.id, title: m.title, ...s }] : [];
  });
  const left = rows.length - trusted.length;
  if (bars.length === 0) return null;
  return (
    <figure className="cohort-chart" aria-labelledby="chart-heading">
      <figcaption>
        <h2 id="chart-heading">Cohort scores by value</h2>
        <p className="hint">
          Points earned over each trainee&rsquo;s best attempt, from {trusted.length} {trusted.length === 1 ? 'receipt' : 'receipts'}
          {left > 0 && ` (${left} flagged ${left === 1 ? 'receipt is' : 'receipts are'} left out)`}.
        </p>
      </figcaption>
      <ValueBarChart bars={bars} label="Cohort score by value" caption="Cohort scores by value" />
    </figure>
  );
}
