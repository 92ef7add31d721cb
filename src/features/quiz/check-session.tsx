import { useMemo, useState } from 'react';
import { checkPool, questionsOf, summarizeAttempts } from '../../domain/progress/attempt-summary';
import { emptyProgress } from '../../domain/progress/progress-model';
import { CHECK_FORM_SIZE, drawCheckForm } from '../../domain/scoring/check-form';
import { CheckResults } from './check-results';
import { QuizIntro } from './quiz-intro';
import type { QuizKind, SessionProps } from './quiz-kind';
import { QuizReview } from './quiz-review';
import { QuizRunner } from './quiz-runner';
import { newSeed, useQuizAttempt } from './use-quiz-attempt';

type Arrival = 'page-load' | 'started' | 'finished' | 'back-from-review';

/**
 * The mastery check: a short form drawn from the held-out check pool (items not seen in earlier
 * checks first), answered with no feedback until the whole form is submitted; then the result
 * and full feedback on every item. This is what passes a module.
 */
export function CheckSession({ quiz, bank, passMark, lessonHref, afterPass }: SessionProps) {
  const { open, finished, start, record, finish } = useQuizAttempt(quiz.id, 'check');
  const [arrival, setArrival] = useState<Arrival>('page-load');
  const [reviewAt, setReviewAt] = useState<string>();
  const summary = useMemo(
    () => summarizeAttempts({ ...emptyProgress(), attempts: finished }, quiz.id, bank, passMark),
    [finished, quiz.id, bank, passMark],
  );
  const size = quiz.id === 'review' ? CHECK_FORM_SIZE.review : CHECK_FORM_SIZE.module;
  const pool = checkPool(bank);

  const startNew = () => {
    // Earlier forms (oldest first) steer the draw to items this learner has not seen.
    const history = finished.map((a) => (a.mode === 'check' ? (a.items ?? []) : []));
    const seed = newSeed();
    start(seed, drawCheckForm(pool, history, seed, size));
    setReviewAt(undefined);
    setArrival('started');
  };

  if (open) {
    return (
      <QuizRunner
        key={open.id}
        mode="check"
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
  const { best, latest } = summary;
  if (latest && reviewAt !== undefined) {
    return (
      <QuizReview
        questions={questionsOf(latest.attempt, bank)}
        attempt={latest.attempt}
        startAt={reviewAt}
        onBack={() => {
          setReviewAt(undefined);
          setArrival('back-from-review');
        }}
      />
    );
  }
  if (latest && best) {
    return (
      <CheckResults
        quiz={quiz}
        latest={latest}
        best={best}
        checks={summary.checks.length}
        questions={questionsOf(latest.attempt, bank)}
        lessonHref={lessonHref}
        afterPass={afterPass}
        focusHeading={arrival === 'finished' || arrival === 'back-from-review'}
        onNewAttempt={startNew}
        onReview={setReviewAt}
      />
    );
  }
  // Content without a check pool (a bank not yet split) has nothing to draw from: say so rather
  // than start an empty form that could never pass.
  if (pool.length === 0) return <p className="notice">This quiz has no mastery check yet. Practice its scenarios for now.</p>;
  return <QuizIntro quiz={quiz} mode="check" count={Math.min(size, pool.length)} passMark={passMark} onStart={startNew} />;
}

/** The mastery check: a form from the check pool, feedback once submitted; this is what passes. */
export const CHECK: QuizKind = { mode: 'check', Session: CheckSession };
