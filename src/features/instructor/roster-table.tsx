import { findModule } from '../../course/course-data';
import { outcomeParts } from './describe-outcome';
import type { RosterRow } from './use-roster-reviews';

/** Props for RosterTable. */
interface RosterTableProps {
  /** Reviewed receipts. */
  rows: RosterRow[];
  /** Module columns, in course order. */
  modules: string[];
  /** Removes a row from the roster. */
  onRemove: (row: RosterRow) => void;
}

/** Trainees × modules: status, score, attempts, date and timing, with each receipt's checks. */
export function RosterTable({ rows, modules, onRemove }: RosterTableProps) {
  return (
    <div className="table-scroll roster-scroll">
      <table className="roster-table">
        <caption id="roster-caption">Roster: {rows.length === 1 ? '1 receipt' : `${rows.length} receipts`}</caption>
        <thead>
          <tr>
            <th scope="col">Learner</th>
            {modules.map((id) => (
              <th scope="col" key={id}>
                {findModule(id)?.title ?? id}
              </th>
            ))}
            <th scope="col">Checks</th>
            <th scope="col">Certificate code</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { receipt } = row.read;
            const flagged = row.review.flags.length > 0;
            return (
              <tr key={row.entry.id} className={flagged ? 'is-flagged' : undefined}>
                <th scope="row">
                  {receipt.learner}
                  <span className="cell-detail">
                    {[receipt.assignment.cohort, `Assignment ${receipt.assignment.id}`].filter(Boolean).join(' · ')}
                  </span>
                </th>
                {modules.map((id) => {
                  const outcome = row.review.outcomes.find((o) => o.moduleId === id);
                  if (!outcome) return <td key={id}>Not assigned</td>;
                  const p = outcomeParts(outcome);
                  return (
                    <td key={id}>
                      <strong>{p.status}</strong>
                      <span className="cell-detail">{[p.score, p.attempts, p.date, p.timing].filter(Boolean).join(' · ')}</span>
                    </td>
                  );
                })}
                <td>
                  {flagged ? (
                    <ul className="flags">
                      {row.review.flags.map((f, i) => (
                        <li key={i}>⚠ {f}</li>
                      ))}
                    </ul>
                  ) : (
                    'Consistent'
                  )}
                  {row.review.notes.map((n, i) => (
                    <span key={i} className="cell-detail">
                      {n}
                    </span>
                  ))}
                </td>
                <td>{row.review.code}</td>
                <td>
                  <button
                    type="button"
                    className="button danger small"
                    aria-label={`Remove ${receipt.learner}'s receipt for assignment ${receipt.assignment.id}`}
                    onClick={() => onRemove(row)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
