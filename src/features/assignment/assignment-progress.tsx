import { useEffect, useMemo, useRef } from 'react';
import { useCourseAddress } from '../../components/course-address';
import { ProgressBar } from '../../components/progress-bar';
import { findModule } from '../../course/course-data';
import { modulesText } from '../../domain/progress/module-stage';
import type { ModuleOutcome } from '../../domain/progress/module-outcome';
import type { HeldAssignment } from '../../domain/progress/progress-model';
import { removeAssignment } from '../../store/progress-edits';
import { useProgress } from '../../store/progress-store';
import { AssignmentSummary } from './assignment-summary';
import { ModuleOutcomeList } from './module-outcome-list';
import { ReceiptExport } from './receipt-export';
import { toReceiptAssignment, useAssignmentReport } from './use-assignment-report';
import { CourseLink, openCoursePage } from '../../components/course-link';

/** Props for AssignmentProgress. */
interface AssignmentProgressProps {
  /** The held assignment to show. */
  assignment: HeldAssignment;
}

/** The primary step on the assignment page: start the first module, or continue with the first not yet passed. */
function startStep(outcomes: ModuleOutcome[], lessonsRead: Record<string, string>, hasBegun: boolean) {
  const next = outcomes.find((o) => o.status !== 'passed');
  const module = next && findModule(next.moduleId);
  if (!next || !module) return undefined;
  // A module whose lesson is read continues at its practice; otherwise at its lesson.
  const read = Object.hasOwn(lessonsRead, module.id);
  return {
    to: read ? `/module/${module.id}/quiz` : `/module/${module.id}`,
    label: hasBegun ? `Continue: ${module.title}` : `Start: ${module.title}`,
  };
}

/**
 * An accepted assignment: who set it and by when, one primary step ("Start" the first module,
 * later "Continue"), progress on each module, and once the trainee has begun the receipt to send.
 * Once every module is passed, sending the receipt is the step: it comes first, on a phone's
 * first screen, and the rest follows. Removing the assignment stays possible but out of the way
 * (a quiet button before anything is done, and a red one at the very end after).
 */
export function AssignmentProgress({ assignment }: AssignmentProgressProps) {
  const forReceipt = useMemo(() => toReceiptAssignment(assignment), [assignment]);
  const report = useAssignmentReport(forReceipt);
  const lessonsRead = useProgress((s) => s.lessonsRead);
  const { search } = useCourseAddress();
  const sendHeading = useRef<HTMLHeadingElement>(null);
  const total = assignment.modules.length;
  const isComplete = report.ready && report.passed === total;
  const hasBegun = report.outcomes.some((o) => o.status !== 'not-started');
  const step = startStep(report.outcomes, lessonsRead, hasBegun);
  const wantsSend = new URLSearchParams(search).get('send') === '1';

  // Arriving from "Send your receipt": go straight to the receipt (after the page's own focus move).
  useEffect(() => {
    if (!wantsSend || !report.ready) return;
    const frame = requestAnimationFrame(() => sendHeading.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [wantsSend, report.ready]);

  function remove() {
    removeAssignment(assignment.id, new Date().toISOString());
    openCoursePage('/');
  }

  // Where a begun assignment's page leads (sending the receipt, or continuing) is known only once
  // the scenarios have loaded and every module's pass is scored: until then a status line, so
  // nothing on the page jumps when it is known (a provisional layout shifted it by 0.15–0.38).
  if (hasBegun && !report.ready) return <p role="status">Checking your progress…</p>;

  const receipt = hasBegun && (
    <>
      <h2 id="send-receipt" ref={sendHeading} tabIndex={-1}>
        {isComplete ? 'Send your receipt' : 'Completion receipt'}
      </h2>
      <ReceiptExport receipt={report.receipt} receiptFor={report.receiptFor} isComplete={isComplete} />
      {isComplete && (
        <p>
          <CourseLink to={`/certificate?assignment=${encodeURIComponent(assignment.id)}`}>View your certificate</CourseLink>
        </p>
      )}
    </>
  );
  return (
    <>
      {isComplete && receipt}
      <AssignmentSummary assignment={{ ...assignment, passMark: forReceipt.passMark }} />
      {step && (
        <p className="next-step">
          <CourseLink className="button" to={step.to}>
            {step.label}
          </CourseLink>
        </p>
      )}
      <h2>Your progress</h2>
      <ProgressBar
        label="Assignment progress"
        value={report.passed}
        max={total}
        valueText={`${report.passed} of ${modulesText(total)} passed`}
      />
      <ModuleOutcomeList outcomes={report.outcomes} isLoading={!report.ready} />
      {hasBegun ? (
        <>
          {!isComplete && receipt}
          <h2>Finished with this assignment?</h2>
          <p className="hint">Removing it takes it off your home page. Your answers and progress on the modules stay.</p>
          <button type="button" className="button danger" onClick={remove}>
            Remove this assignment
          </button>
        </>
      ) : (
        <>
          <p className="hint">Once you start, this page is where you send your instructor a receipt of what you have done.</p>
          <p>
            <button type="button" className="link-button" onClick={remove}>
              Remove this assignment
            </button>
          </p>
        </>
      )}
    </>
  );
}
