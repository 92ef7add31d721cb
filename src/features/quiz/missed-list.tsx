import type { Question } from '../../domain/content/content-types';
import type { QuizScore } from '../../domain/scoring/score-quiz';
import { creditText } from './verdict';

/** Props for MissedList. */
interface MissedListProps {
  /** The attempt's score. */
  score: QuizScore;
  /** The scenarios it presented, for titles. */
  questions: readonly Question[];
  /** Opens the review at a scenario. */
  onReview: (questionId: string) => void;
}

/** The scenarios an attempt did not get full credit on, each with a way into its feedback. */
export function MissedList({ score, questions, onReview }: MissedListProps) {
  const missed = score.perQuestion.filter((s) => !s.isCorrect);
  const titleOf = (id: string) => questions.find((q) => q.id === id)?.title ?? id;
  if (missed.length === 0) return <p>Nothing this time: you earned full credit on every scenario.</p>;
  return (
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
  );
}
