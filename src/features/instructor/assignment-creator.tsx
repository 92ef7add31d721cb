import { useState } from 'react';
import { CopyButton } from '../../components/copy-button';
import { encodeAssignmentLink, type Assignment } from '../../domain/exchange/assignment-link';
import { AssignmentBuilder } from './assignment-builder';
import { AssignmentSheet } from './assignment-sheet';
import './instructor.css';

/** The link a trainee opens: this page's own address with the assignment after `#/assign/`. */
function linkFor(assignment: Assignment): string {
  const here = window.location.href.split('#')[0] ?? '';
  return `${here}#/assign/${encodeAssignmentLink(assignment)}`;
}

/** Builds an assignment, then offers its link, a copy button, a QR code and a printable sheet. */
export function AssignmentCreator() {
  const [created, setCreated] = useState<{ assignment: Assignment; url: string } | null>(null);
  return (
    <>
      <AssignmentBuilder onCreate={(assignment) => setCreated({ assignment, url: linkFor(assignment) })} />
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
