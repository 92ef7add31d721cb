import { memo } from 'react';
import { formatDate, formatDay } from '../../components/format-date';
import { course } from '../../course/course-data';
import type { TraineeRow } from '../../domain/exchange/roster-rows';
import { useRoster } from '../../store/roster-store';
import { titleOf } from './judge-words';

/** Props for OwnAssignments. */
interface OwnAssignmentsProps {
  /** Rows, to count trainees per assignment. */
  rows: TraineeRow[];
}

/** The assignments this roster created: the rules receipts for them are judged by. */
export const OwnAssignments = memo(function OwnAssignments({ rows }: OwnAssignmentsProps) {
  const own = useRoster((s) => s.assignments);
  if (own.length === 0)
    return (
      <p className="hint">
        Assignments you create on this device are kept here, and receipts for them are judged by your settings. Receipts for other
        assignments are still imported, and labelled.
      </p>
    );
  return (
    <section aria-labelledby="own-heading">
      <h2 id="own-heading">Your assignments</h2>
      <p className="hint">Receipts for these are judged by your pass mark, module list and due date, not by what a receipt claims.</p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Your assignments</caption>
          <thead>
            <tr>
              <th scope="col">Assignment</th>
              <th scope="col">Modules</th>
              <th scope="col">Pass mark</th>
              <th scope="col">Due</th>
              <th scope="col">Created</th>
              <th scope="col">Trainees</th>
            </tr>
          </thead>
          <tbody>
            {own.map(({ assignment: a, createdAt }) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.cohort ?? 'No cohort name'}
                  <span className="cell-detail">Assignment {a.id}</span>
                </th>
                <td>{a.modules.map(titleOf).join(', ')}</td>
                <td>{a.passMark ?? course.passMark}%</td>
                <td>{a.due ? formatDay(a.due) : 'No due date'}</td>
                <td>{formatDate(createdAt)}</td>
                <td>{rows.filter((r) => r.latest.digest.assignment.id === a.id).length.toLocaleString('en-US')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
