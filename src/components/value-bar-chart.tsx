/** One bar: a value's points and percent. */
export interface ValueBar {
  /** Stable key (the value id). */
  id: string;
  /** The value's name. */
  title: string;
  /** Points earned. */
  earned: number;
  /** Points available. */
  possible: number;
  /** Whole percent. */
  percent: number;
}

/** Props for ValueBarChart. */
interface ValueBarChartProps {
  /** The bars, in course order. */
  bars: ValueBar[];
  /** Start of the chart's spoken summary, e.g. "Bar chart of your score by value". */
  label: string;
  /** The table's accessible name, e.g. "Score by value". */
  caption: string;
}

/** Points for reading: at most two decimals, no trailing zeros ("2.5", "0.67", "3"). */
function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/**
 * Scores by value, twice: a small bar chart (one image with a spoken summary; hidden in print)
 * and the same numbers as a real table, which screen readers and printouts rely on.
 */
export function ValueBarChart({ bars, label, caption }: ValueBarChartProps) {
  const summary = bars.map((b) => `${b.title} ${b.percent}%`).join(', ');
  return (
    <>
      <div className="value-chart" role="img" aria-label={`${label}: ${summary}.`}>
        {bars.map((b) => (
          <div key={b.id} className="value-chart-row">
            <span className="value-chart-label">{b.title}</span>
            <span className="value-chart-track">
              <span className="value-chart-fill" style={{ width: `${b.percent}%` }} />
            </span>
            <span className="value-chart-percent">{b.percent}%</span>
          </div>
        ))}
      </div>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Value</th>
              <th scope="col">Points</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.id}>
                <th scope="row">{b.title}</th>
                <td>
                  {formatPoints(b.earned)} of {formatPoints(b.possible)}
                </td>
                <td>{b.percent}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
