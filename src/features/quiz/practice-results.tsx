import { useEffect, useRef } from 'react';
import type { QuizRef } from '../../course/course-data';
import type { Question } from '../../domain/content/content-types';
import type { QuizScore } from '../../domain/scoring/score-quiz';
import { MissedList } from './missed-list';
import { checkPath } from './quiz-paths';
import { ValueBreakdown } from './value-breakdown';
import { WentWell } from './went-well';
import { CourseLink } from '../../components/course-link';

/** Props for PracticeResults. */
interface PracticeResultsProps {
  /** The quiz. */
  quiz: QuizRef;
  /** The latest practice round's score. */
  score: QuizScore;
  /** The scenarios that round presented. */
  questions: Question[];
  /** How many practice rounds the learner has finished. */
  rounds: number;
  /** The lesson this quiz belongs to, if any. */
  lessonHref?: string;
  /** Move focus to the heading when shown. */
  focusHeading: boolean;
  /** Starts a round of only the given scenarios. */
  onPracticeMissed: (questionIds: string[]) => void;
  /** Starts a round of every practice scenario. */
  onPracticeAll: () => void;
  /** Opens the review of the round at a scenario. */
  onReview: (questionId: string) => void;
}

/**
 * After a practice round, a summary that fits a phone's first screen: the credit earned and the
 * next step as the primary button (the mastery check). Then the detail: what went well, what to
 * revisit (and a round of only those), and the quieter actions. No pass or fail here: practice is
 * for learning, and only the check decides a pass.
 */
export function PracticeResults(props: PracticeResultsProps) {
  const { quiz, score, questions, rounds, lessonHref, focusHeading, onPracticeMissed, onPracticeAll, onReview } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);
  const right = score.perQuestion.filter((s) => s.isCorrect).length;
  const missedIds = score.perQuestion.filter((s) => !s.isCorrect).map((s) => s.questionId);
  const isCheckQuiz = quiz.id === 'review';

  return (
    <section className="quiz-results" aria-labelledby="practice-results-heading">
      <div className="results-summary">
        <h2 id="practice-results-heading" ref={headingRef} tabIndex={-1}>
          Practice results
        </h2>
        <p className={`result-headline tone-${missedIds.length === 0 ? 'good' : 'neutral'}`}>
          Full credit on {right} of {questions.length} scenarios ({score.percent}%).
        </p>
        <p className="next-step">
          <CourseLink className="button" to={checkPath(quiz)}>
            {isCheckQuiz ? 'Take the final check' : 'Take the mastery check'}
          </CourseLink>
        </p>
      </div>
      <WentWell score={score} questions={questions} />
      {Object.keys(score.perValue).length > 1 && <ValueBreakdown perValue={score.perValue} />}
      <h3>What to revisit</h3>
      <MissedList score={score} questions={questions} onReview={onReview} />
      {missedIds.length > 0 && (
        <p>
          <button type="button" className="button secondary" onClick={() => onPracticeMissed(missedIds)}>
            Practice only what I missed ({missedIds.length})
          </button>
        </p>
      )}
      <p>
        Practice is for learning: it never decides a pass. {isCheckQuiz ? 'The final check' : 'The mastery check'} uses scenarios you have
        not seen here, with feedback once you submit.
      </p>
      <div className="button-row results-more">
        <button type="button" className="button secondary" onClick={() => onReview(questions[0]?.id ?? '')}>
          Review all your answers
        </button>
        <button type="button" className="button secondary" onClick={onPracticeAll}>
          Practice every scenario again
        </button>
      </div>
      <p className="muted">{rounds === 1 ? 'You have finished one practice round.' : `You have finished ${rounds} practice rounds.`}</p>
      <ul className="results-links">
        {lessonHref && (
          <li>
            <CourseLink to={lessonHref}>Back to the lesson</CourseLink>
          </li>
        )}
        <li>
          <CourseLink to="/">Course home</CourseLink>
        </li>
      </ul>
    </section>
  );
}
