import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { ProgressBar } from '../../components/progress-bar';
import type { HeldAssignment } from '../../domain/progress/progress-model';
import { useProgress } from '../../store/progress-store';
import { AssignmentSummary } from './assignment-summary';
import { LearnerNameForm } from './learner-name-form';
import { ModuleOutcomeList } from './module-outcome-list';
import { ReceiptExport } from './receipt-export';
import { toReceiptAssignment, useAssignmentReport } from './use-assignment-report';

/** Props for AssignmentProgress. */
interface AssignmentProgressProps {
  /** The held assignment to show. */
  assignment: HeldAssignment;
}

/** An accepted assignment: details, progress on each module, the receipt, and a certificate link. */
export function AssignmentProgress({ assignment }: AssignmentProgressProps) {
  const forReceipt = useMemo(() => toReceiptAssignment(assignment), [assignment]);
  const report = useAssignmentReport(forReceipt);
  const removeAssignment = useProgress((s) => s.removeAssignment);
  const navigate = useNavigate();
  const total = assignment.modules.length;
  const isComplete = report.ready && report.passed === total;

  function remove() {
    removeAssignment(assignment.id, new Date().toISOString());
    void navigate('/');
  }

  return (
    <>
      <AssignmentSummary assignment={{ ...assignment, passMark: forReceipt.passMark }} />
      <h2>Your progress</h2>
      <ProgressBar
        label="Assignment progress"
        value={report.passed}
        max={total}
        valueText={`${report.passed} of ${total} modules passed`}
      />
      <ModuleOutcomeList outcomes={report.outcomes} isLoading={!report.ready} />
      <h2>Completion receipt</h2>
      <LearnerNameForm />
      <ReceiptExport receipt={report.receipt} isComplete={isComplete} />
      {isComplete && (
        <p>
          <Link to={`/certificate?assignment=${encodeURIComponent(assignment.id)}`}>View your certificate</Link>
        </p>
      )}
      <h2>Finished with this assignment?</h2>
      <p className="hint">Removing it takes it off your home page. Your answers and progress on the modules stay.</p>
      <button type="button" className="button danger" onClick={remove}>
        Remove this assignment
      </button>
    </>
  );
}
