import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { courseScope } from '../../course/course-scope';
import { findModule, type QuizRef } from '../../course/course-data';
import type { Question, ValueId } from '../../domain/content/content-types';
import type { ScoredAttempt } from '../../domain/progress/attempt-summary';
import { useProgress } from '../../store/progress-store';
import { MissedList } from './missed-list';
import { practicePath } from './quiz-paths';
import { valueTitle } from './value-titles';

/** Props for CheckResults. */
interface CheckResultsProps {
  /** The quiz (a module, or the course review). */
  quiz: QuizRef;
  /** The check just taken (or the latest one). */
  latest: ScoredAttempt;
  /** The best check so far (may be the latest). */
  best: ScoredAttempt;
  /** How many checks have been finished. */
  checks: number;
  /** The scenarios of the latest check's form. */
  questions: Question[];
  /** The lesson this quiz belongs to, if any. */
  lessonHref?: string;
  /** Move focus to the heading when shown. */
  focusHeading: boolean;
  /** Starts a new check (a new form). */
  onNewAttempt: () => void;
  /** Opens the review of the latest check at a scenario. */
  onReview: (questionId: string) => void;
}

const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' }) : '');

/** The values of the scenarios missed that this course has a module for, in course order, each with its practice. */
function missedValues(latest: ScoredAttempt): ValueId[] {
  const values = new Set(latest.score.perQuestion.filter((s) => !s.isCorrect).map((s) => s.value));
  return courseScope()
    .modules.filter((m) => values.has(m.id))
    .map((m) => m.id);
}

/**
 * After a mastery check: the verdict, full feedback on every item, and one next step: the next
 * module after a pass, practice on the values missed after a "not yet".
 */
export function CheckResults({
  quiz,
  latest,
  best,
  checks,
  questions,
  lessonHref,
  focusHeading,
  onNewAttempt,
  onReview,
}: CheckResultsProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);
  const isRead = useProgress((s) => quiz.id === 'review' || Object.hasOwn(s.lessonsRead, quiz.id));
  const { score } = latest;
  const passedEver = best.score.passed;
  const isFinal = quiz.id === 'review';
  // Links stay inside the course this page presents (an LMS package may hold only some modules).
  const { modules, hasReview } = courseScope();
  const index = modules.findIndex((m) => m.id === quiz.id);
  const nextModule = index >= 0 ? modules[index + 1] : undefined;
  const values = missedValues(latest);
  // The last module of a course without a final check (a one-module LMS package): home is next.
  const homeIsNext = (score.passed || passedEver) && !isFinal && !nextModule && !hasReview;

  return (
    <section className="quiz-results" aria-labelledby="check-results-heading">
      <h2 id="check-results-heading" ref={headingRef} tabIndex={-1}>
        {isFinal ? 'Final check results' : 'Mastery check results'}
      </h2>
      <p className={`result-headline tone-${score.passed ? 'good' : 'poor'}`}>
        <span aria-hidden="true">{score.passed ? '✓ ' : '↻ '}</span>
        {score.passed
          ? `Passed: ${score.percent}% (pass mark ${score.passMark}%).`
          : `Not yet: ${score.percent}% (pass mark ${score.passMark}%).`}
      </p>
      {passedEver && !isRead && lessonHref && (
        <p className="notice">
          One step left to pass this module: <Link to={lessonHref}>finish reading the lesson</Link>.
        </p>
      )}
      {!score.passed && passedEver && (
        <p>
          You passed an earlier check ({best.score.percent}% on {when(best.attempt.finishedAt)}), so this module stays passed.
        </p>
      )}
      {!score.passed && values.length > 0 && (
        <>
          <h3>Practice before your next check</h3>
          <p>
            {values.length === 1
              ? `The scenarios you missed test ${valueTitle(values[0]!)}.`
              : 'These are the values behind the scenarios you missed.'}{' '}
            Practice gives feedback after every answer.
          </p>
          {values.length > 1 && (
            <ul className="results-links">
              {values.map((v) => (
                <li key={v}>
                  <Link to={practicePath({ id: v })}>Practice {valueTitle(v)}</Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="button-row">
        {score.passed || passedEver ? (
          isFinal ? (
            <Link className="button" to="/certificate">
              See your certificate
            </Link>
          ) : nextModule ? (
            <Link className="button" to={`/module/${nextModule.id}`}>
              Next module: {nextModule.title}
            </Link>
          ) : hasReview ? (
            <Link className="button" to="/review">
              Take the final check
            </Link>
          ) : (
            <Link className="button" to="/">
              Course home
            </Link>
          )
        ) : (
          <Link className="button" to={practicePath(values.length === 1 && findModule(values[0]) ? { id: values[0]! } : quiz)}>
            {values.length === 1 ? `Practice ${valueTitle(values[0]!)}` : 'Practice these values'}
          </Link>
        )}
        <button type="button" className="button secondary" onClick={() => onReview(questions[0]?.id ?? '')}>
          See feedback on every answer
        </button>
      </div>
      <h3>Scenarios to look at again</h3>
      <MissedList score={score} questions={questions} onReview={onReview} />
      <p>
        <button type="button" className="button secondary" onClick={onNewAttempt}>
          {score.passed ? 'Take another check' : 'Take a new check'}
        </button>{' '}
        <span className="muted">Each check draws scenarios you have not seen in earlier checks, while any remain.</span>
      </p>
      <p className="muted">{checks === 1 ? 'You have finished one check.' : `You have finished ${checks} checks.`}</p>
      <ul className="results-links">
        {lessonHref && (
          <li>
            <Link to={lessonHref}>Back to the lesson</Link>
          </li>
        )}
        {!homeIsNext && (
          <li>
            <Link to="/">Course home</Link>
          </li>
        )}
        <li>
          <Link to="/scoring">How scoring works</Link>
        </li>
      </ul>
    </section>
  );
}
