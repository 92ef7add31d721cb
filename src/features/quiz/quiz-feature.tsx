import { course, type QuizRef } from '../../course/course-data';
import { clampPassMark } from '../../domain/scoring/score-quiz';
import { CheckSession } from './check-session';
import type { NextStep } from './next-step';
import { PracticeSession } from './practice-session';
import { useQuestions } from './use-questions';
import type { QuizMode } from './use-quiz-attempt';

/** Props for QuizFeature. */
interface QuizFeatureProps {
  /** The quiz: a module's or the course review. */
  quiz: QuizRef;
  /** Practice (feedback as you go, never decides a pass) or the mastery check. */
  mode: QuizMode;
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
export function QuizFeature({ quiz, mode, passMark, lessonHref, afterPass }: QuizFeatureProps) {
  const { state, retry } = useQuestions(quiz, mode);
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
  const props = { quiz, bank: state.value, passMark: effectivePassMark(passMark), lessonHref };
  return mode === 'check' ? <CheckSession {...props} afterPass={afterPass} /> : <PracticeSession {...props} />;
}
