import { useState } from 'react';
import { course } from '../../course/course-data';
import { useRoster } from '../../store/roster-store';
import { ProgressBar } from '../../components/progress-bar';
import { CertificateCheck } from './certificate-check';
import { CohortChart } from './cohort-chart';
import { ImportReport } from './import-report';
import { OwnAssignments } from './own-assignments';
import { rosterBanks } from './roster-banks';
import { rosterCsv } from './roster-csv';
import { RosterHonesty } from './roster-honesty';
import { RosterImport } from './roster-import';
import { RosterStorage } from './roster-storage';
import { RosterTable } from './roster-table';
import { runImport, type ImportOutcome, type ImportProgress, type LazySource } from './run-import';
import { saveFile } from '../../components/save-file';
import { COURSE_RULES, useRosterBook } from './use-roster-book';
import './instructor.css';

const ORDER = course.modules.map((m) => m.id as string);

/** The instructor's roster: import receipts, review one row per trainee, chart the cohort, export. */
export function RosterView() {
  const { book, judged, status, checking } = useRosterBook();
  const saveReceipts = useRoster((s) => s.saveReceipts);
  const publishReceipts = useRoster((s) => s.publishReceipts);
  const saveAssignments = useRoster((s) => s.saveAssignments);
  const removeReceipt = useRoster((s) => s.removeReceipt);
  const requestPersistence = useRoster((s) => s.requestPersistence);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [last, setLast] = useState<ImportOutcome | null>(null);
  const [removed, setRemoved] = useState('');

  async function importSources(sources: LazySource[]) {
    setProgress({ done: 0, total: sources.length, receipts: 0 });
    setRemoved('');
    void requestPersistence();
    // Duplicates are judged against the whole stored roster, so it must be open first.
    await useRoster.getState().load(course.version);
    const outcome = await runImport(sources, {
      banks: await rosterBanks(),
      course: COURSE_RULES,
      known: new Set(useRoster.getState().items.map((i) => i.digest.id)),
      now: new Date().toISOString(),
      saveReceipts,
      publishReceipts,
      saveAssignments,
      onProgress: setProgress,
    });
    setProgress(null);
    setLast(outcome);
    void useRoster.getState().refreshStorage();
  }

  const assigned = new Set(
    book.rows.flatMap((r) => book.authorityOf(r.latest.digest.assignment.id)?.modules ?? r.latest.digest.assignment.modules),
  );
  const modules = [...ORDER.filter((id) => assigned.has(id)), ...[...assigned].filter((id) => !ORDER.includes(id))];
  const { rows } = book;
  return (
    <>
      <RosterHonesty />
      <RosterStorage />
      <RosterImport busy={progress !== null} onImport={(sources) => void importSources(sources)} />
      {progress && (
        <ProgressBar
          label="Importing receipts"
          value={progress.done}
          max={progress.total}
          valueText={`${progress.receipts.toLocaleString('en-US')} ${progress.receipts === 1 ? 'receipt' : 'receipts'} read${progress.total > 1 ? `, file ${Math.min(progress.total, Math.floor(progress.done) + 1).toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}` : ''}`}
        />
      )}
      {last && <ImportReport outcome={last} />}
      {status === 'loading' && <p role="status">Opening the roster…</p>}
      {checking > 0 && <p role="status">Checking {checking.toLocaleString('en-US')} saved receipts with this version of the course…</p>}
      <OwnAssignments rows={rows} />
      {status === 'ready' && rows.length === 0 && checking === 0 && <p>No receipts yet. Add the files or codes your trainees send you.</p>}
      {rows.length > 0 && (
        <>
          <RosterTable
            rows={rows}
            judged={judged}
            modules={modules}
            judge={book.judge}
            onRemove={(item) => {
              void removeReceipt(item.id);
              setRemoved(`Removed ${item.digest.learner}'s latest receipt.`);
            }}
          />
          <p role="status">{removed}</p>
          <p>
            <button
              type="button"
              className="button secondary"
              disabled={judged === null}
              onClick={() => judged && saveFile('roster.csv', `\uFEFF${rosterCsv(judged)}`, 'text/csv;charset=utf-8')}
            >
              Download roster as CSV
            </button>
          </p>
          {judged ? <CohortChart rows={judged} /> : <p role="status">Checking every row for the cohort chart…</p>}
          <CertificateCheck book={book} />
        </>
      )}
    </>
  );
}
