import { useEffect, useRef } from 'react';
import { courseScope } from '../../course/course-scope';
import { findModule, type QuizRef } from '../../course/course-data';
import type { Question, ValueId } from '../../domain/content/content-types';
import type { ScoredAttempt } from '../../domain/progress/attempt-summary';
import { useProgress } from '../../store/progress-store';
import { MissedList } from './missed-list';
import type { NextStep } from './next-step';
import { practicePath } from './quiz-paths';
import { valueTitle } from './value-titles';
import { WentWell } from './went-well';
import { CourseLink } from '../../components/course-link';

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
  /** The primary step after a pass, when an assignment decides it (else the course's next module). */
  afterPass?: NextStep;
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

/** The primary step after a check: finish the lesson, the assignment's step, the next module, or practice. */
function primaryStep(props: {
  quiz: QuizRef;
  passed: boolean;
  isRead: boolean;
  lessonHref?: string;
  afterPass?: NextStep;
  values: ValueId[];
}): NextStep {
  const { quiz, passed, isRead, lessonHref, afterPass, values } = props;
  if (!passed) {
    const one = values.length === 1 && findModule(values[0]) ? values[0] : undefined;
    return { to: practicePath(one ? { id: one } : quiz), label: one ? `Practice ${valueTitle(one)}` : 'Practice these values' };
  }
  if (!isRead && lessonHref) return { to: lessonHref, label: 'Finish reading the lesson' };
  if (afterPass) return afterPass;
  if (quiz.id === 'review') return { to: '/certificate', label: 'See your certificate' };
  // Links stay inside the course this page presents (an LMS package may hold only some modules).
  const { modules, hasReview } = courseScope();
  const index = modules.findIndex((m) => m.id === quiz.id);
  const next = index >= 0 ? modules[index + 1] : undefined;
  if (next) return { to: `/module/${next.id}`, label: `Next module: ${next.title}` };
  return hasReview ? { to: '/review', label: 'Take the final check' } : { to: '/', label: 'Course home' };
}

/**
 * After a mastery check, a summary that fits a phone's first screen: the verdict and the one next
 * step as the primary button (the assignment's step or the next module after a pass, practice on
 * the values missed after a "not yet"; finishing the lesson when it is unread). Then the detail:
 * what went well, what to revisit, practice before the next check, and the quieter actions.
 */
export function CheckResults({
  quiz,
  latest,
  best,
  checks,
  questions,
  lessonHref,
  afterPass,
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
  const values = missedValues(latest);
  const step = primaryStep({ quiz, passed: passedEver, isRead, lessonHref, afterPass, values });

  return (
    <section className="quiz-results" aria-labelledby="check-results-heading">
      <div className="results-summary">
        {/* The page's h1 already says which check this is; the h2 says what follows. */}
        <h2 id="check-results-heading" ref={headingRef} tabIndex={-1}>
          Your result
        </h2>
        <p className={`result-headline tone-${score.passed ? 'good' : 'poor'}`}>
          <span aria-hidden="true">{score.passed ? '✓ ' : '↻ '}</span>
          {score.passed
            ? `Passed: ${score.percent}% (pass mark ${score.passMark}%).`
            : `Not yet: ${score.percent}% (pass mark ${score.passMark}%).`}
        </p>
        {passedEver && !isRead && lessonHref && (
          <p className="notice">
            One step left to pass this module: <CourseLink to={lessonHref}>finish reading the lesson</CourseLink>. Your check result is
            kept.
          </p>
        )}
        {!score.passed && passedEver && (
          <p>
            You passed an earlier check ({best.score.percent}% on {when(best.attempt.finishedAt)}), so this module stays passed.
          </p>
        )}
        <p className="next-step">
          <CourseLink className="button" to={step.to}>
            {step.label}
          </CourseLink>
        </p>
      </div>
      <WentWell score={score} questions={questions} />
      <h3>What to revisit</h3>
      <MissedList score={score} questions={questions} onReview={onReview} />
      {!score.passed && values.length > 0 && (
        <>
          <h4>Practice before your next check</h4>
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
                  <CourseLink to={practicePath({ id: v })}>Practice {valueTitle(v)}</CourseLink>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="button-row results-more">
        <button type="button" className="button secondary" onClick={() => onReview(questions[0]?.id ?? '')}>
          See feedback on every answer
        </button>
        <button type="button" className="button secondary" onClick={onNewAttempt}>
          {score.passed ? 'Take another check' : 'Take a new check'}
        </button>
      </div>
      <p className="muted">
        Each check draws scenarios you have not seen in earlier checks, while any remain.{' '}
        {checks === 1 ? 'You have finished one check.' : `You have finished ${checks} checks.`}
      </p>
      <ul className="results-links">
        {lessonHref && (
          <li>
            <CourseLink to={lessonHref}>Back to the lesson</CourseLink>
          </li>
        )}
        {step.to !== '/' && (
          <li>
            <CourseLink to="/">Course home</CourseLink>
          </li>
        )}
      </ul>
    </section>
  );
}
