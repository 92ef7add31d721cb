import { formatDay } from '../../components/format-date';
import { course } from '../../course/course-data';
import type { Assignment } from '../../domain/exchange/assignment-link';
import { QrCodeImage } from './qr-code-image';

/** Props for AssignmentSheet. */
interface AssignmentSheetProps {
  /** The assignment. */
  assignment: Assignment;
  /** The full link trainees open. */
  url: string;
}

/** A one-page printable handout: what is assigned, by when, and the link as text and QR code. */
export function AssignmentSheet({ assignment, url }: AssignmentSheetProps) {
  const { modules, due, cohort, instructor, message, passMark } = assignment;
  return (
    <section className="assignment-sheet" aria-labelledby="sheet-heading">
      <h2 id="sheet-heading">Assignment: {course.title}</h2>
      <dl className="facts">
        {instructor && (
          <>
            <dt>From</dt>
            <dd>{instructor}</dd>
          </>
        )}
        {cohort && (
          <>
            <dt>Cohort</dt>
            <dd>{cohort}</dd>
          </>
        )}
        <dt>Due</dt>
        <dd>{due ? formatDay(due) : 'No due date'}</dd>
        <dt>Pass mark</dt>
        <dd>{passMark ?? course.passMark}%</dd>
      </dl>
      <h3>Modules, in this order</h3>
      <ol>
        {modules.map((id) => (
          <li key={id}>{course.modules.find((m) => m.id === id)?.title ?? id}</li>
        ))}
      </ol>
      {message && <p className="instructor-message">{message}</p>}
      <h3>How to start</h3>
      <p>Open this link on your phone or computer, or scan the code with your phone&rsquo;s camera:</p>
      <QrCodeImage text={url} alt="QR code of the assignment link" />
      <p className="link-text">{url}</p>
    </section>
  );
}
