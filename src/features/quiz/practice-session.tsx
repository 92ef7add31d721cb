import { Suspense, useEffect, useMemo, useState } from 'react';
import { onDemand } from '../../components/on-demand';
import { practicePool, questionsOf, scoreAttempt } from '../../domain/progress/attempt-summary';
import { progressLoaded, useProgress } from '../../store/progress-store';
import { QuizIntro } from './quiz-intro';
import type { QuizKind, SessionProps } from './quiz-kind';
import { QuizRunner } from './quiz-runner';
import { finishedIn, newSeed, useQuizAttempt } from './use-quiz-attempt';

// A round's end (its results, and the review of its answers) is a chunk of its own: a new
// learner's first answer never needs it (issue #16, ADR 0028). It loads as the round's last
// scenario shows, and beside the page when this quiz already has a finished round to show.
const Results = onDemand(() => import('./practice-results').then((m) => m.PracticeResults));
const Review = onDemand(() => import('./quiz-review').then((m) => m.QuizReview));

/** Starts loading a round's end. A failed load is left to the error boundary, should the screen be needed. */
function preloadEnd(): Promise<unknown> {
  return Promise.all([Results.preload(), Review.preload()]).catch(() => undefined);
}

/**
 * Loads a round's end when the learner has finished a round of `quizId` (its results show first);
 * resolves when done. Saved progress may still be loading (a deep link at start-up), so it waits
 * for that first.
 */
export function preparePractice(quizId: string): Promise<unknown> {
  return progressLoaded.then(
    () => (finishedIn(useProgress.getState().attempts, quizId, 'practice').length > 0 ? preloadEnd() : undefined),
    () => undefined,
  );
}

/** How the learner got to the current screen; decides focus and wording. */
type Arrival = 'page-load' | 'started' | 'finished' | 'back-from-review';

/**
 * Practice: every practice item (or only those missed last time), feedback after each answer,
 * as many rounds as the learner likes. An open round resumes; otherwise the latest round's
 * results; otherwise the introduction.
 */
export function PracticeSession({ quiz, bank, passMark, lessonHref }: SessionProps) {
  const { open, finished, start, record, finish } = useQuizAttempt(quiz.id, 'practice');
  const [arrival, setArrival] = useState<Arrival>('page-load');
  const [reviewAt, setReviewAt] = useState<string>();
  const latest = finished.at(-1);
  // Scores are derived from the saved answers on every view, never stored.
  const score = useMemo(() => (latest ? scoreAttempt(latest, bank, passMark) : undefined), [latest, bank, passMark]);
  const pool = practicePool(bank);
  // Counted, not scored: this runs on every answer's render, and loading a little early is harmless.
  const isEndNear = latest !== undefined || (open !== undefined && Object.keys(open.answers).length >= questionsOf(open, bank).length - 1);
  useEffect(() => {
    if (isEndNear) void preloadEnd();
  }, [isEndNear]);

  const startWith = (items: string[]) => {
    start(newSeed(), items);
    setReviewAt(undefined);
    setArrival('started');
  };

  if (open) {
    return (
      <QuizRunner
        key={open.id}
        mode="practice"
        questions={questionsOf(open, bank)}
        attempt={open}
        onRecord={(questionId, answer) => record(open.id, questionId, answer)}
        onFinish={() => {
          finish(open.id);
          setArrival('finished');
        }}
        focusFirst={arrival === 'started'}
      />
    );
  }
  if (latest && score) {
    // The round's end: its review, or its results. Their code may still be on its way (a slow
    // connection that outran the preload), so a line says so meanwhile.
    return (
      <Suspense fallback={<p role="status">Loading your results…</p>}>
        {reviewAt !== undefined ? (
          <Review.Component
            questions={questionsOf(latest, bank)}
            attempt={latest}
            startAt={reviewAt}
            onBack={() => {
              setReviewAt(undefined);
              setArrival('back-from-review');
            }}
          />
        ) : (
          <Results.Component
            quiz={quiz}
            score={score}
            questions={questionsOf(latest, bank)}
            rounds={finished.length}
            lessonHref={lessonHref}
            focusHeading={arrival === 'finished' || arrival === 'back-from-review'}
            onPracticeMissed={(ids) => startWith(ids)}
            onPracticeAll={() => startWith(pool.map((q) => q.id))}
            onReview={setReviewAt}
          />
        )}
      </Suspense>
    );
  }
  return <QuizIntro quiz={quiz} mode="practice" count={pool.length} passMark={passMark} onStart={() => startWith(pool.map((q) => q.id))} />;
}

/** Practice: the practice pool, feedback after each answer; never decides a pass. */
export const PRACTICE: QuizKind = { mode: 'practice', Session: PracticeSession };
