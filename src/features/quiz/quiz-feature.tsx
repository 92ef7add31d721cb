import { course, type QuizRef } from '../../course/course-data';
import { clampPassMark } from '../../domain/scoring/score-quiz';
import type { NextStep } from './next-step';
import type { QuizKind } from './quiz-kind';
import { useQuestions } from './use-questions';

/** Props for QuizFeature. */
interface QuizFeatureProps {
  /** The quiz: a module's or the course review. */
  quiz: QuizRef;
  /** Practice (PRACTICE: feedback as you go, never decides a pass) or the mastery check (CHECK). */
  kind: QuizKind;
  /** Pass mark override (e.g. from an instructor's assignment), a percent; clamped to 0..100. Defaults to the course's. */
  passMark?: number;
  /** The lesson this quiz belongs to, for "Back to the lesson". */
  lessonHref?: string;
  /** The primary step after a pass, when an assignment decides it (else the next module). */
  afterPass?: NextStep;
}

/** The pass mark in use: the override when it is a number, else the course's; always a whole 0..100. */
function effectivePassMark(override: number | undefined): number {
  return clampPassMark(typeof override === 'number' && Number.isFinite(override) ? override : course.passMark);
}

/** A quiz's practice or mastery check: loads its scenarios (with retry), then runs, scores and reviews attempts. */
export function QuizFeature({ quiz, kind, passMark, lessonHref, afterPass }: QuizFeatureProps) {
  const { state, retry } = useQuestions(quiz, kind.mode);
  if (state.status === 'loading') return <p role="status">Loading scenarios…</p>;
  if (state.status === 'failed') {
    return (
      <div className="notice error" role="alert">
        <p>
          <strong>The scenarios could not be loaded.</strong> If you are offline, reconnect and try again. Your saved answers are safe.
        </p>
        <p className="muted">Details: {state.message}</p>
        <p>
          <button type="button" className="button" onClick={retry}>
            Try loading again
          </button>
        </p>
      </div>
    );
  }
  if (state.value.length === 0) return <p className="notice">This quiz has no scenarios yet. Please check back later.</p>;
  return (
    <kind.Session quiz={quiz} bank={state.value} passMark={effectivePassMark(passMark)} lessonHref={lessonHref} afterPass={afterPass} />
  );
}
