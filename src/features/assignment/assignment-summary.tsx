import { formatDay } from '../../components/format-date';
import { findModule } from '../../course/course-data';

/** Props for AssignmentSummary. */
interface AssignmentSummaryProps {
  /** The assignment's fields; all text in it is untrusted and rendered as text only. */
  assignment: { modules: string[]; passMark?: number; due?: string; cohort?: string; instructor?: string; message?: string };
}

/** Who assigned what and by when. Text from a link is shown as React text, never as HTML. */
export function AssignmentSummary({ assignment }: AssignmentSummaryProps) {
  const { instructor, cohort, due, passMark, message, modules } = assignment;
  return (
    <div className="assignment-summary">
      <dl className="facts">
        <dt>Assigned by</dt>
        <dd>{instructor || 'Not given'}</dd>
        {cohort && (
          <>
            <dt>Cohort</dt>
            <dd>{cohort}</dd>
          </>
        )}
        <dt>Due</dt>
        <dd>{due ? formatDay(due) : 'No due date'}</dd>
        {passMark !== undefined && (
          <>
            <dt>Pass mark</dt>
            <dd>{passMark}%</dd>
          </>
        )}
      </dl>
      <h2>Modules, in the order to take them</h2>
      <ol>
        {modules.map((id) => (
          <li key={id}>{findModule(id)?.title ?? id}</li>
        ))}
      </ol>
      {message && (
        <figure className="instructor-message">
          <blockquote>
            <p>{message}</p>
          </blockquote>
          <figcaption>Message from {instructor || 'your instructor'}</figcaption>
        </figure>
      )}
    </div>
  );
}
