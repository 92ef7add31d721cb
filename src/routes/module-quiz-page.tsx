import { usePageParams } from '../components/course-address';
import { Page } from '../components/page';
import { runtime } from '../config/runtime';
import { findModule } from '../course/course-data';
import { modulePosition } from '../course/course-scope';
import type { HeldAssignment } from '../domain/progress/progress-model';
import { useAssignmentNextStep } from '../features/assignment/use-assignment-next-step';
import { QuizFeature } from '../features/quiz/quiz-feature';
import type { QuizKind } from '../features/quiz/quiz-kind';
import { useProgress } from '../store/progress-store';
import { NotFoundRoute } from './not-found';

/**
 * The pass mark for a module: an instructor's override from the most recently accepted
 * assignment that includes the module, else the course's. One rule, shown to the learner.
 */
function assignedPassMark(assignments: HeldAssignment[], moduleId: string): HeldAssignment | undefined {
  return assignments.filter((a) => a.modules.includes(moduleId) && a.passMark !== undefined).at(-1);
}

/**
 * A module's practice or mastery check page (/module/:slug/quiz and /module/:slug/check). Each
 * route passes its kind, so a practice page never loads the check's code.
 */
export function ModuleQuizPage({ kind }: { kind: QuizKind }) {
  const { mode } = kind;
  const { slug } = usePageParams();
  const module = findModule(slug);
  const assignments = useProgress((s) => s.assignments);
  const afterPass = useAssignmentNextStep(module?.id);
  // A module an LMS package left out is not part of this course.
  const at = module && modulePosition(module.id);
  if (!module || !at) return <NotFoundRoute />;
  // In an LMS package built with its own pass mark, the check judges by the same mark the LMS
  // records; otherwise an instructor's assignment may override the course's.
  const lmsPassMark = runtime().passMark;
  const assigned = lmsPassMark === undefined ? assignedPassMark(assignments, module.id) : undefined;
  return (
    <Page
      title={`${module.title}: ${mode === 'check' ? 'mastery check' : 'practice scenarios'}`}
      eyebrow={`Module ${at.position} of ${at.count}`}
    >
      {assigned && mode === 'check' && (
        <p className="hint">
          Pass mark {assigned.passMark}%, set by your assignment{assigned.instructor ? ` from ${assigned.instructor}` : ''}.
        </p>
      )}
      <QuizFeature
        key={`${module.id}-${mode}`}
        quiz={module}
        kind={kind}
        passMark={lmsPassMark ?? assigned?.passMark}
        lessonHref={`/module/${module.id}`}
        afterPass={afterPass}
      />
    </Page>
  );
}
