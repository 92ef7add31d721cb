import { VALUE_IDS } from '../../domain/content-types';
import type { ValueScore } from '../../domain/score-quiz';
import { valueTitle } from './value-titles';

/** Props for ValueBreakdown. */
interface ValueBreakdownProps {
  /** Scores by value, from the scoring module. */
  perValue: Partial<Record<(typeof VALUE_IDS)[number], ValueScore>>;
}

/** Points for reading: at most two decimals, no trailing zeros ("2.5", "0.67", "3"). */
export function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/**
 * The per-value profile: a small bar chart (one accessible image with a spoken summary) and the
 * same numbers as a real table, which is what screen readers and printouts rely on.
 */
export function ValueBreakdown({ perValue }: ValueBreakdownProps) {
  const rows = VALUE_IDS.flatMap((value) => {
    const score = perValue[value];
    return score ? [{ value, title: valueTitle(value), ...score }] : [];
  });
  const summary = rows.map((r) => `${r.title} ${r.percent}%`).join(', ');
  return (
    <section className="value-breakdown" aria-labelledby="value-breakdown-heading">
      <h3 id="value-breakdown-heading">Score by value</h3>
      <div className="value-chart" role="img" aria-label={`Bar chart of your score by value: ${summary}.`}>
        {rows.map((r) => (
          <div key={r.value} className="value-chart-row">
            <span className="value-chart-label">{r.title}</span>
            <span className="value-chart-track">
              <span className="value-chart-fill" style={{ width: `${r.percent}%` }} />
            </span>
            <span className="value-chart-percent">{r.percent}%</span>
          </div>
        ))}
      </div>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Score by value</caption>
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col">Points</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.value}>
                <th scope="row">{r.title}</th>
                <td>
                  {formatPoints(r.earned)} of {r.possible}
                </td>
                <td>{r.percent}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
