import { useState } from 'react';
import { DownloadButton } from '../../components/download-button';
import { readReceiptBatch, type ReceiptBatch, type ReceiptSource } from '../../domain/exchange/receipt-batch';
import { useRoster } from '../../store/roster-store';
import { CertificateCheck } from './certificate-check';
import { CohortChart } from './cohort-chart';
import { ImportReport } from './import-report';
import { rosterCsv } from './roster-csv';
import { RosterImport } from './roster-import';
import { RosterTable } from './roster-table';
import { useRosterReviews } from './use-roster-reviews';
import './instructor.css';

/** The instructor's roster: import receipts, review them, chart the cohort, export CSV. */
export function RosterView() {
  const addReceipts = useRoster((s) => s.addReceipts);
  const removeEntry = useRoster((s) => s.removeEntry);
  const { rows, modules, ready } = useRosterReviews();
  const [last, setLast] = useState<{ batch: ReceiptBatch; added: number } | null>(null);
  const [removed, setRemoved] = useState('');

  function importSources(sources: ReceiptSource[]) {
    const batch = readReceiptBatch(sources);
    const added = addReceipts(
      batch.read.map((r) => r.value.receipt),
      new Date().toISOString(),
    );
    setLast({ batch, added });
    setRemoved('');
  }

  return (
    <>
      <aside className="notice" aria-label="What a receipt proves">
        <p>
          <strong>What a receipt proves.</strong> The roster re-scores every answer in a receipt with the course&rsquo;s own scoring, so a
          receipt whose claimed scores do not match its answers, or whose checksum fails, is flagged.
        </p>
        <p>
          <strong>What it cannot prove.</strong> Who sent it. There is no server and no login: anyone can type any name, and a determined
          person could write a consistent receipt by hand. Treat receipts like a signed worksheet, not an exam record.
        </p>
        <p className="hint">Receipts stay in this browser on this device. Nothing is uploaded.</p>
      </aside>
      <RosterImport onImport={importSources} />
      {last && <ImportReport batch={last.batch} added={last.added} />}
      {!ready && <p role="status">Checking receipts…</p>}
      {ready && rows.length === 0 && <p>No receipts yet. Add the files or codes your trainees send you.</p>}
      {ready && rows.length > 0 && (
        <>
          <RosterTable
            rows={rows}
            modules={modules}
            onRemove={(row) => {
              removeEntry(row.entry.id);
              setRemoved(`Removed ${row.read.receipt.learner}'s receipt.`);
            }}
          />
          <p role="status">{removed}</p>
          <p>
            <DownloadButton
              filename="roster.csv"
              text={`\uFEFF${rosterCsv(rows)}`}
              type="text/csv;charset=utf-8"
              label="Download roster as CSV"
              className="secondary"
            />
          </p>
          <CohortChart rows={rows} />
          <CertificateCheck rows={rows} />
        </>
      )}
    </>
  );
}
