import { useState } from 'react';
import type { Question } from '../../domain/content/content-types';
import type { Attempt } from '../../domain/progress/progress-model';
import { ScenarioCard } from './scenario-card';

/** Props for QuizReview. */
interface QuizReviewProps {
  /** The quiz's scenarios, in order. */
  questions: Question[];
  /** The finished attempt under review. */
  attempt: Attempt;
  /** The scenario to open first. */
  startAt: string;
  /** Back to the results. */
  onBack: () => void;
}

/**
 * Review of a finished attempt, one scenario at a time: the responses in the order the learner
 * saw them (replayed from the attempt's seed), their answer, and the feedback on every response.
 */
export function QuizReview({ questions, attempt, startAt, onBack }: QuizReviewProps) {
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      questions.findIndex((q) => q.id === startAt),
    ),
  );
  const question = questions[index];
  if (!question) return null;
  return (
    <div className="quiz-review">
      <p className="eyebrow">
        Reviewing your answers · Scenario {index + 1} of {questions.length}
      </p>
      <ScenarioCard key={question.id} question={question} seed={attempt.seed} answer={attempt.answers[question.id]} focusHeading />
      <nav className="button-row review-nav" aria-label="Review">
        <button type="button" className="button secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          Previous scenario
        </button>
        <button type="button" className="button secondary" disabled={index === questions.length - 1} onClick={() => setIndex(index + 1)}>
          Next scenario
        </button>
        <button type="button" className="button" onClick={onBack}>
          Back to your results
        </button>
      </nav>
    </div>
  );
}
