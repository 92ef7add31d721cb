import { useMemo, useState } from 'react';
import type { QuizRef } from '../../course/course-data';
import type { Question } from '../../domain/content/content-types';
import { summarizeAttempts } from '../../domain/progress/attempt-summary';
import { emptyProgress } from '../../domain/progress/progress-model';
import { QuizIntro } from './quiz-intro';
import { QuizResults } from './quiz-results';
import { QuizReview } from './quiz-review';
import { QuizRunner } from './quiz-runner';
import { useQuizAttempt } from './use-quiz-attempt';

/** Props for QuizSession. */
interface QuizSessionProps {
  /** The quiz. */
  quiz: QuizRef;
  /** Its scenarios (loaded). */
  questions: Question[];
  /** The pass mark in use, a whole percent. */
  passMark: number;
  /** The lesson this quiz belongs to, if any. */
  lessonHref?: string;
}

/** How the learner got to the current screen; decides focus and wording. */
type Arrival = 'page-load' | 'started' | 'finished' | 'back-from-review';

/**
 * Chooses the screen: an open attempt runs (resuming where it stopped); otherwise the latest
 * finished attempt's results (or its review); otherwise the introduction with Start.
 */
export function QuizSession({ quiz, questions, passMark, lessonHref }: QuizSessionProps) {
  const { open, finished, start, record, finish } = useQuizAttempt(quiz.id);
  const [arrival, setArrival] = useState<Arrival>('page-load');
  const [reviewAt, setReviewAt] = useState<string>();
  // Scores are derived from the saved answers on every view, never stored.
  const summary = useMemo(
    () => summarizeAttempts({ ...emptyProgress(), attempts: finished }, quiz.id, questions, passMark),
    [finished, quiz.id, questions, passMark],
  );

  const startNew = () => {
    start();
    setReviewAt(undefined);
    setArrival('started');
  };

  if (open) {
    return (
      <QuizRunner
        key={open.id}
        questions={questions}
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
  if (latest && best && reviewAt !== undefined) {
    return (
      <QuizReview
        questions={questions}
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
      <QuizResults
        summary={{ ...summary, best, latest }}
        questions={questions}
        lessonHref={lessonHref}
        isFresh={arrival === 'finished' || arrival === 'back-from-review'}
        focusHeading={arrival === 'finished' || arrival === 'back-from-review'}
        onNewAttempt={startNew}
        onReview={setReviewAt}
      />
    );
  }
  return <QuizIntro quiz={quiz} count={questions.length} passMark={passMark} onStart={startNew} />;
}
