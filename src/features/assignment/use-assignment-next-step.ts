import { useMemo } from 'react';
import { course } from '../../course/course-data';
import { useQuestionBanks } from '../../course/use-question-banks';
import { moduleOutcome } from '../../domain/progress/module-outcome';
import { emptyProgress, type Progress } from '../../domain/progress/progress-model';
import { useProgress } from '../../store/progress-store';

/** A screen's primary action: where it goes and what it says. */
export interface NextStep {
  /** The route to open. */
  to: string;
  /** The button's words. */
  label: string;
}

const NONE: Progress['attempts'] = [];
const NOTHING_READ: Progress['lessonsRead'] = {};

/**
 * Where a trainee goes after passing a module that an instructor assigned: "Send your receipt"
 * once every module in that assignment is passed, else "Back to your assignment". The assignment
 * is the latest accepted one holding the module; undefined when none does (the course's own
 * order then decides: the next module).
 */
export function useAssignmentNextStep(moduleId: string | undefined): NextStep | undefined {
  const assignment = useProgress((s) => (moduleId ? s.assignments.filter((a) => a.modules.includes(moduleId)).at(-1) : undefined));
  // Only an assignment needs the learner's record: without one, an answer given on the quiz page
  // this hook serves does not re-render that page (issue #16).
  const attempts = useProgress((s) => (assignment ? s.attempts : NONE));
  const lessonsRead = useProgress((s) => (assignment ? s.lessonsRead : NOTHING_READ));
  const { banks, ready } = useQuestionBanks(assignment?.modules ?? []);
  return useMemo(() => {
    if (!assignment) return undefined;
    const back = { to: `/assignment/${assignment.id}`, label: 'Back to your assignment' };
    if (!ready) return back;
    const progress = { ...emptyProgress(), attempts, lessonsRead };
    const passMark = assignment.passMark ?? course.passMark;
    const done = assignment.modules.every((id) => moduleOutcome(progress, id, banks.get(id), passMark).status === 'passed');
    return done ? { to: `/assignment/${assignment.id}?send=1`, label: 'Send your receipt' } : back;
  }, [assignment, attempts, lessonsRead, banks, ready]);
}
