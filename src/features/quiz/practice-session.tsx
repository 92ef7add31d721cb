import { useMemo, useState } from 'react';
import { practicePool, questionsOf, scoreAttempt } from '../../domain/progress/attempt-summary';
import { PracticeResults } from './practice-results';
import { QuizIntro } from './quiz-intro';
import type { QuizKind, SessionProps } from './quiz-kind';
import { QuizReview } from './quiz-review';
import { QuizRunner } from './quiz-runner';
import { newSeed, useQuizAttempt } from './use-quiz-attempt';

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
  if (latest && score && reviewAt !== undefined) {
    return (
      <QuizReview
        questions={questionsOf(latest, bank)}
        attempt={latest}
        startAt={reviewAt}
        onBack={() => {
          setReviewAt(undefined);
          setArrival('back-from-review');
        }}
      />
    );
  }
  if (latest && score) {
    return (
      <PracticeResults
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
    );
  }
  return <QuizIntro quiz={quiz} mode="practice" count={pool.length} passMark={passMark} onStart={() => startWith(pool.map((q) => q.id))} />;
}

/** Practice: the practice pool, feedback after each answer; never decides a pass. */
export const PRACTICE: QuizKind = { mode: 'practice', Session: PracticeSession };
