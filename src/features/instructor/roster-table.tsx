import { memo, useState } from 'react';
import { findModule } from '../../course/course-data';
import type { JudgedRow } from '../../domain/exchange/roster-book';
import type { Judgement } from '../../domain/exchange/roster-judge';
import type { RosterItem, TraineeRow } from '../../domain/exchange/roster-rows';
import { RosterRow } from './roster-row';

/** Rows per page: a page of this size renders quickly however large the roster is. */
export const PAGE_SIZE = 50;

/** Props for RosterTable. */
interface RosterTableProps {
  /** Rows, one per trainee per assignment. */
  rows: TraineeRow[];
  /** Every row judged, once that is done (the problem filter needs it); null until then. */
  judged: JudgedRow[] | null;
  /** Module columns, in course order. */
  modules: string[];
  /** Judges a receipt. */
  judge: (item: RosterItem) => Judgement;
  /** Removes a row's latest receipt. */
  onRemove: (item: RosterItem) => void;
}

const n = (x: number) => x.toLocaleString('en-US');

/** Trainees × modules, a page at a time, with a filter for rows that have problems. */
export const RosterTable = memo(function RosterTable({ rows, judged, modules, judge, onRemove }: RosterTableProps) {
  const [page, setPage] = useState(0);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const filtering = onlyProblems && judged !== null;
  const shown = filtering ? judged.filter((r) => r.judgement.flags.length > 0).map((r) => r.row) : rows;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const first = current * PAGE_SIZE;
  const slice = shown.slice(first, first + PAGE_SIZE);
  const trainees = new Set(rows.map((r) => r.key.split('\u0000')[0])).size;
  const caption = `Roster: ${trainees === 1 ? '1 trainee' : `${n(trainees)} trainees`}${trainees === rows.length ? '' : `, ${n(rows.length)} rows`}`;
  const pager = (
    <nav className="button-row pager" aria-label="Roster pages">
      <button type="button" className="button secondary small" disabled={current === 0} onClick={() => setPage(current - 1)}>
        Previous page
      </button>
      <span>
        Page {n(current + 1)} of {n(pages)}
      </span>
      <button type="button" className="button secondary small" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
        Next page
      </button>
    </nav>
  );
  return (
    <section aria-labelledby="roster-caption">
      <div className="check-row">
        <input
          type="checkbox"
          id="only-problems"
          checked={onlyProblems}
          disabled={judged === null}
          aria-describedby={judged === null ? 'filter-wait' : undefined}
          onChange={(e) => {
            setOnlyProblems(e.target.checked);
            setPage(0);
          }}
        />
        <label htmlFor="only-problems">Show only rows with problems</label>
        {judged === null && (
          <span id="filter-wait" className="hint">
            (checking every row first…)
          </span>
        )}
      </div>
      <p role="status">
        {shown.length === 0
          ? 'No rows to show.'
          : `Showing rows ${n(first + 1)}–${n(first + slice.length)} of ${n(shown.length)}. One row per trainee per assignment: the latest receipt counts, earlier ones are listed under it.`}
      </p>
      {pages > 1 && pager}
      <div className="table-scroll roster-scroll">
        <table className="roster-table">
          <caption id="roster-caption">{caption}</caption>
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
            {slice.map((row) => (
              <RosterRow key={row.key} row={row} modules={modules} judge={judge} onRemove={onRemove} />
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && pager}
    </section>
  );
});
