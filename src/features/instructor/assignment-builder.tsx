import { useState } from 'react';
import { course } from '../../course/course-data';
import { assignmentProblem, LINK_LIMITS, type Assignment } from '../../domain/exchange/assignment-link';
import type { ValueId } from '../../domain/content/content-types';
import { ModuleOrderPicker } from './module-order-picker';
import { newAssignmentId } from './new-assignment-id';

/** Props for AssignmentBuilder. */
interface AssignmentBuilderProps {
  /** Called with a valid assignment when the instructor creates the link. */
  onCreate: (assignment: Assignment) => void;
}

/** The instructor's form: modules in order, optional pass mark, due date, cohort, name, message. */
export function AssignmentBuilder({ onCreate }: AssignmentBuilderProps) {
  const [modules, setModules] = useState<ValueId[]>([]);
  const [passMark, setPassMark] = useState('');
  const [due, setDue] = useState('');
  const [cohort, setCohort] = useState('');
  const [instructor, setInstructor] = useState('');
  const [message, setMessage] = useState('');
  // The error shows once "Create" was pressed, and follows the form from then on: choosing a
  // module clears "Choose at least one module." at once, without pressing "Create" again.
  const [tried, setTried] = useState(false);

  function draft(id: string): Assignment {
    const a: Assignment = { id, modules };
    if (passMark.trim()) a.passMark = Number(passMark);
    if (due) a.due = due;
    // Pasted text often carries tabs and Windows line ends, which links refuse: tidy them here.
    const tidy = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').trim();
    for (const [key, value] of [
      ['cohort', cohort],
      ['instructor', instructor],
      ['message', message],
    ] as const)
      if (tidy(value)) a[key] = tidy(value);
    return a;
  }
  const error = tried ? (assignmentProblem(draft('draft00000')) ?? '') : '';

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const a = draft(newAssignmentId());
    const problem = assignmentProblem(a);
    setTried(Boolean(problem));
    if (!problem) onCreate(a);
  }

  return (
    <form className="builder no-print" onSubmit={submit} noValidate aria-describedby={error ? 'builder-error' : undefined}>
      <ModuleOrderPicker selected={modules} onChange={setModules} />
      <div className="field">
        <label htmlFor="pass-mark">Pass mark (optional, %)</label>
        <input
          id="pass-mark"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={passMark}
          placeholder={String(course.passMark)}
          aria-describedby="pass-mark-hint"
          onChange={(e) => setPassMark(e.target.value)}
        />
        <p id="pass-mark-hint" className="hint">
          Leave empty to use the course pass mark of {course.passMark}%.
        </p>
      </div>
      <div className="field">
        <label htmlFor="due">Due date (optional)</label>
        <input id="due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="cohort">Cohort name</label>
        <input id="cohort" maxLength={LINK_LIMITS.cohort} value={cohort} onChange={(e) => setCohort(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="instructor">Your name</label>
        <input
          id="instructor"
          maxLength={LINK_LIMITS.instructor}
          autoComplete="name"
          value={instructor}
          onChange={(e) => setInstructor(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="message">Short message to trainees (optional)</label>
        <textarea
          id="message"
          rows={3}
          maxLength={LINK_LIMITS.message}
          value={message}
          aria-describedby="message-hint"
          onChange={(e) => setMessage(e.target.value)}
        />
        <p id="message-hint" className="hint">
          Up to {LINK_LIMITS.message} characters. Anyone with the link can read it.
        </p>
      </div>
      {error && (
        <p id="builder-error" className="notice error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button">
        Create assignment link
      </button>
    </form>
  );
}
