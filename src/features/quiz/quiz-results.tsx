import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Question } from '../../domain/content/content-types';
import type { AttemptSummary } from '../../domain/progress/attempt-summary';
import type { QuizScore } from '../../domain/scoring/score-quiz';
import { AttemptHistory } from './attempt-history';
import { ValueBreakdown } from './value-breakdown';
import { creditText } from './verdict';

/** Props for QuizResults. */
interface QuizResultsProps {
  /** Scored finished attempts: the latest is the one shown. */
  summary: Required<Pick<AttemptSummary, 'best' | 'latest'>> & AttemptSummary;
  /** The quiz's scenarios, for titles. */
  questions: Question[];
  /** The lesson this quiz belongs to, if any. */
  lessonHref?: string;
  /** True straight after finishing (the button says "Try again"); false on a later visit. */
  isFresh: boolean;
  /** Move focus to the results heading when shown. */
  focusHeading: boolean;
  /** Starts a new attempt with a new seed. */
  onNewAttempt: () => void;
  /** Opens the review of the latest attempt at a scenario. */
  onReview: (questionId: string) => void;
}

/** The headline a learner reads first: "You scored 85%. Passed." or "Not yet: 70% (pass mark 80%)". */
function headline(score: QuizScore): string {
  return score.passed ? `You scored ${score.percent}%. Passed.` : `Not yet: ${score.percent}% (pass mark ${score.passMark}%)`;
}

/** Results of the latest attempt: score, pass or not yet, best and latest, per value, what to review, what next. */
export function QuizResults({ summary, questions, lessonHref, isFresh, focusHeading, onNewAttempt, onReview }: QuizResultsProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);
  const { score } = summary.latest;
  const missed = score.perQuestion.filter((s) => !s.isCorrect);
  const titleOf = (id: string) => questions.find((q) => q.id === id)?.title ?? id;

  return (
    <section className="quiz-results" aria-labelledby="quiz-results-heading">
      <h2 id="quiz-results-heading" ref={headingRef} tabIndex={-1}>
        Your results
      </h2>
      <p className={`result-headline tone-${score.passed ? 'good' : 'poor'}`}>
        <span aria-hidden="true">{score.passed ? '✓ ' : '↻ '}</span>
        {headline(score)}
      </p>
      {!score.passed && <p>Review the scenarios below, then try again whenever you are ready. There is no limit on attempts.</p>}
      <AttemptHistory summary={summary} />
      <ValueBreakdown perValue={score.perValue} />
      <h3>Scenarios to review</h3>
      {missed.length === 0 ? (
        <p>You earned full credit on every scenario.</p>
      ) : (
        <ul className="missed-list">
          {missed.map((s) => (
            <li key={s.questionId}>
              <button type="button" className="link-button" onClick={() => onReview(s.questionId)}>
                Review “{titleOf(s.questionId)}”
              </button>{' '}
              <span className="muted">({s.status === 'unanswered' ? 'not answered' : creditText(s.earned).toLowerCase()})</span>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onNewAttempt}>
          {isFresh ? 'Try again' : 'Start a new attempt'}
        </button>
        <button type="button" className="button secondary" onClick={() => onReview(questions[0]?.id ?? '')}>
          Review all your answers
        </button>
      </div>
      <ul className="results-links">
        {lessonHref && (
          <li>
            <Link to={lessonHref}>Back to the lesson</Link>
          </li>
        )}
        <li>
          <Link to="/">Course home</Link>
        </li>
        <li>
          <Link to="/scoring">How scoring works</Link>
        </li>
      </ul>
    </section>
  );
}
