import { useState } from 'react';
import { CopyButton } from '../../components/copy-button';
import { encodeAssignmentLink, type Assignment } from '../../domain/exchange/assignment-link';
import { useRoster } from '../../store/roster-store';
import { AssignmentBuilder } from './assignment-builder';
import { AssignmentSheet } from './assignment-sheet';
import { SaveProblemNotice } from './save-problem-notice';
import './instructor.css';

/** The link a trainee opens: this page's own address with the assignment after `#/assign/`. */
function linkFor(assignment: Assignment): string {
  const here = window.location.href.split('#')[0] ?? '';
  return `${here}#/assign/${encodeAssignmentLink(assignment)}`;
}

/**
 * Builds an assignment, keeps it in the roster (the copy receipts are judged against), then
 * offers its link, a copy button, a QR code and a printable sheet.
 */
export function AssignmentCreator() {
  const [created, setCreated] = useState<{ assignment: Assignment; url: string; saved?: boolean } | null>(null);
  const saveAssignments = useRoster((s) => s.saveAssignments);
  function create(assignment: Assignment) {
    setCreated({ assignment, url: linkFor(assignment) });
    void saveAssignments([{ assignment, createdAt: new Date().toISOString() }]).then(({ ok }) =>
      setCreated((c) => (c?.assignment === assignment ? { ...c, saved: ok } : c)),
    );
  }
  return (
    <>
      <AssignmentBuilder onCreate={create} />
      {created && (
        <section className="share" aria-labelledby="share-heading">
          <h2 id="share-heading" className="no-print">
            Share the assignment
          </h2>
          <div className="no-print">
            <label htmlFor="assignment-link">Assignment link</label>
            <input id="assignment-link" className="link-field" readOnly value={created.url} onFocus={(e) => e.currentTarget.select()} />
            <div className="button-row">
              <CopyButton text={created.url} label="Copy link" />
              <button type="button" className="button secondary" onClick={() => window.print()}>
                Print assignment sheet
              </button>
            </div>
            {created.saved === true && (
              <p role="status">
                Kept in your roster on this device: receipts for this assignment will be judged by these settings, whatever a receipt
                claims.
              </p>
            )}
            {created.saved === false && <SaveProblemNotice />}
            <p className="hint">
              Everything is in the link itself: no server keeps it. Its check characters catch a link that was cut off or mistyped, but
              anyone could write a link of their own, so trust links that come from you.
            </p>
          </div>
          <AssignmentSheet assignment={created.assignment} url={created.url} />
        </section>
      )}
    </>
  );
}
