import { VALUE_IDS, type Question } from '../../domain/content/content-types';
import { isNoCredit } from '../../domain/scoring/score-question';
import type { QuizScore } from '../../domain/scoring/score-quiz';
import { valueTitle } from './value-titles';

/** Props for WentWell. */
interface WentWellProps {
  /** The attempt's score. */
  score: QuizScore;
  /** The scenarios it presented, for titles. */
  questions: readonly Question[];
}

/**
 * The value with the highest score, only when it stands out: the attempt scored more than one
 * value and this one is ahead of every other. A module's check is mostly its own value, often all
 * 100%; "strongest: Respectful (100%)" beside an equal Honest and direct would say nothing.
 */
export function strongestValue(score: QuizScore): { title: string; percent: number } | undefined {
  const scored = VALUE_IDS.flatMap((v) => {
    const s = score.perValue[v];
    return s ? [{ title: valueTitle(v), percent: s.percent }] : [];
  });
  const [top, next] = scored.sort((a, b) => b.percent - a.percent);
  return top && next && top.percent > next.percent ? top : undefined;
}

/**
 * Results open with what went well: the scenarios answered with the best response, and the
 * strongest value when several were scored and one is ahead. With no full credit it names the
 * part credit, and with none at all it says what the round gave (feedback to learn from), never
 * nothing.
 */
export function WentWell({ score, questions }: WentWellProps) {
  const titleOf = (id: string) => questions.find((q) => q.id === id)?.title ?? id;
  const best = score.perQuestion.filter((s) => s.isCorrect);
  const partly = score.perQuestion.filter((s) => !s.isCorrect && s.status === 'scored' && !isNoCredit(s.earned));
  const strongest = strongestValue(score);
  return (
    <section className="went-well" aria-labelledby="went-well-heading">
      <h3 id="went-well-heading">What went well</h3>
      {best.length > 0 ? (
        <>
          <p>
            The best response on{' '}
            {best.length === score.perQuestion.length ? 'every scenario' : `${best.length} of ${score.perQuestion.length} scenarios`}:
          </p>
          <ul className="strengths">
            {best.map((s) => (
              <li key={s.questionId}>{titleOf(s.questionId)}</li>
            ))}
          </ul>
        </>
      ) : partly.length > 0 ? (
        <p>
          Part credit on {partly.length === 1 ? 'one scenario' : `${partly.length} scenarios`}: some of your thinking already matches the
          best response.
        </p>
      ) : (
        <p>You finished the round. Every answer now has feedback that shows what the best response looks like and why.</p>
      )}
      {strongest && (
        <p>
          Your strongest value here: <strong>{strongest.title}</strong> ({strongest.percent}%).
        </p>
      )}
    </section>
  );
}
