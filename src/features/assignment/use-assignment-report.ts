import { useMemo } from 'react';
import { course } from '../../course/course-data';
import { useQuestionBanks } from '../../course/use-question-banks';
import { moduleOutcome, type ModuleOutcome } from '../../domain/progress/module-outcome';
import { emptyProgress } from '../../domain/progress/progress-model';
import { buildReceipt, type Receipt, type ReceiptAssignment } from '../../domain/exchange/receipt';
import { useProgress } from '../../store/progress-store';

/** An assignment's standing for this learner. */
export interface AssignmentReport {
  /** True once the modules' scenarios have loaded and scores are known. */
  ready: boolean;
  /** One outcome per module, in the assigned order. */
  outcomes: ModuleOutcome[];
  /** How many modules are passed. */
  passed: number;
  /** The receipt this progress gives now (deterministic); undefined until ready. */
  receipt?: Receipt;
  /** The same receipt under another name (a name typed and sent in one step); undefined until ready. */
  receiptFor?: (learner: string) => Receipt;
}

/** The assignment's pass mark in force and the fields a receipt carries. */
export function toReceiptAssignment(a: {
  id: string;
  modules: string[];
  passMark?: number;
  due?: string;
  cohort?: string;
  instructor?: string;
}): ReceiptAssignment {
  const out: ReceiptAssignment = { id: a.id, modules: a.modules, passMark: a.passMark ?? course.passMark };
  if (a.due) out.due = a.due;
  if (a.cohort) out.cohort = a.cohort;
  if (a.instructor) out.instructor = a.instructor;
  return out;
}

/** Derives module outcomes and the receipt for an assignment from the learner's progress. */
export function useAssignmentReport(assignment: ReceiptAssignment): AssignmentReport {
  const attempts = useProgress((s) => s.attempts);
  const lessonsRead = useProgress((s) => s.lessonsRead);
  const reflections = useProgress((s) => s.reflections);
  const learner = useProgress((s) => s.learnerName);
  const { banks, ready } = useQuestionBanks(assignment.modules);
  return useMemo(() => {
    // Reflections only tell moduleStatus a module was started; receipts never include them.
    const progress = { ...emptyProgress(), attempts, lessonsRead, reflections };
    const outcomes = assignment.modules.map((id) => moduleOutcome(progress, id, banks.get(id), assignment.passMark, assignment.due));
    const passed = outcomes.filter((o) => o.status === 'passed').length;
    if (!ready) return { ready, outcomes, passed };
    const receiptFor = (name: string) =>
      buildReceipt({ learner: name, assignment, course: { id: course.id, version: course.version }, progress, banks });
    return { ready, outcomes, passed, receipt: receiptFor(learner), receiptFor };
  }, [attempts, lessonsRead, reflections, learner, banks, ready, assignment]);
}
