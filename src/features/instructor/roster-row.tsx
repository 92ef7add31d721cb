import { formatDate } from '../../components/format-date';
import type { Judgement } from '../../domain/exchange/roster-judge';
import type { RosterItem, TraineeRow } from '../../domain/exchange/roster-rows';
import { outcomeParts } from './describe-outcome';
import { judgedByLabel, NO_PROBLEMS, problemsOf } from './judge-words';

/** Props for RosterRow. */
interface RosterRowProps {
  /** The trainee's receipts for one assignment. */
  row: TraineeRow;
  /** Module columns. */
  modules: string[];
  /** Judges a receipt (the latest, and earlier ones for the history list). */
  judge: (item: RosterItem) => Judgement;
  /** Removes the row's latest receipt. */
  onRemove: (item: RosterItem) => void;
}

/** One trainee's row for one assignment: the latest receipt's outcomes and checks, and earlier receipts as history. */
export function RosterRow({ row, modules, judge, onRemove }: RosterRowProps) {
  const { digest } = row.latest;
  const judgement = judge(row.latest);
  const problems = problemsOf(judgement);
  return (
    <tr className={problems.length > 0 ? 'is-flagged' : undefined}>
      <th scope="row">
        {digest.learner}
        <span className="cell-detail">{[digest.assignment.cohort, `Assignment ${digest.assignment.id}`].filter(Boolean).join(' · ')}</span>
        <span className={`cell-detail${judgement.judgedBy === 'receipt' ? ' label-foreign' : ''}`}>{judgedByLabel(judgement)}</span>
      </th>
      {modules.map((id) => {
        const outcome = judgement.outcomes.find((o) => o.moduleId === id);
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
        {problems.length > 0 ? (
          <ul className="flags">
            {problems.map((f, i) => (
              <li key={i}>⚠ {f}</li>
            ))}
          </ul>
        ) : (
          `${NO_PROBLEMS}.`
        )}
        {judgement.notes.map((n, i) => (
          <span key={i} className="cell-detail">
            {n}
          </span>
        ))}
        {row.history.length > 0 && (
          <details>
            <summary>{row.history.length === 1 ? '1 earlier receipt' : `${row.history.length} earlier receipts`}</summary>
            <ul>
              {row.history.map((item) => {
                const earlier = judge(item);
                const passed = earlier.outcomes.filter((o) => o.status === 'passed').length;
                return (
                  <li key={item.id}>
                    Imported {formatDate(item.importedAt)}: {passed} of {earlier.outcomes.length} passed, code {earlier.code}
                    {earlier.flags.length > 0 && ` · ${earlier.flags.length === 1 ? '1 problem' : `${earlier.flags.length} problems`}`}
                  </li>
                );
              })}
            </ul>
          </details>
        )}
      </td>
      <td>{judgement.code}</td>
      <td>
        <button
          type="button"
          className="button danger small"
          aria-label={`Remove ${digest.learner}'s latest receipt for assignment ${digest.assignment.id}`}
          onClick={() => onRemove(row.latest)}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
