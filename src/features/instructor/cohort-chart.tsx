import { course } from '../../course/course-data';
import type { ValueId } from '../../domain/content-types';
import { addPerValue } from '../../domain/roster-review';
import type { ValueScore } from '../../domain/score-quiz';
import type { RosterRow } from './use-roster-reviews';

/** Props for CohortChart. */
interface CohortChartProps {
  /** Reviewed receipts; flagged ones are left out of the totals. */
  rows: RosterRow[];
}

const BAR_X = 210;
const BAR_MAX = 330;
const ROW_H = 30;

/**
 * The cohort's score on each value (points over every trusted receipt's best attempts). The SVG
 * carries a text summary for screen readers, and the same numbers are always one click away
 * as a table.
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
  const summary = bars.map((b) => `${b.title} ${b.percent}%`).join(', ');
  return (
    <figure className="cohort-chart" aria-labelledby="chart-heading">
      <figcaption>
        <h2 id="chart-heading">Cohort scores by value</h2>
        <p className="hint">
          Points earned over each trainee&rsquo;s best attempt, from {trusted.length} {trusted.length === 1 ? 'receipt' : 'receipts'}
          {left > 0 && ` (${left} flagged ${left === 1 ? 'receipt is' : 'receipts are'} left out)`}.
        </p>
      </figcaption>
      <svg
        role="img"
        aria-label={`Cohort score by value: ${summary}.`}
        viewBox={`0 0 600 ${bars.length * ROW_H + 10}`}
        className="no-print"
      >
        {bars.map((b, i) => (
          <g key={b.id} transform={`translate(0 ${i * ROW_H + 5})`}>
            <text x={BAR_X - 10} y={18} textAnchor="end" className="chart-label">
              {b.title}
            </text>
            <rect x={BAR_X} y={4} width={BAR_MAX} height={18} className="chart-track" />
            <rect x={BAR_X} y={4} width={(BAR_MAX * b.percent) / 100} height={18} className="chart-bar" />
            <text x={BAR_X + BAR_MAX + 8} y={18} className="chart-label">
              {b.percent}%
            </text>
          </g>
        ))}
      </svg>
      <details className="chart-table">
        <summary>Show these numbers as a table</summary>
        <table>
          <caption className="visually-hidden">Cohort scores by value</caption>
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col">Score</th>
              <th scope="col">Points earned</th>
              <th scope="col">Points possible</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.id}>
                <th scope="row">{b.title}</th>
                <td>{b.percent}%</td>
                <td>{Math.round(b.earned * 100) / 100}</td>
                <td>{b.possible}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
