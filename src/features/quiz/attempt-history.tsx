import type { AttemptSummary } from '../../domain/progress/attempt-summary';
import type { QuizScore } from '../../domain/scoring/score-quiz';

/** Props for AttemptHistory. */
interface AttemptHistoryProps {
  /** Scored finished attempts with the best and latest. */
  summary: AttemptSummary;
}

const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '');
const outcome = (score: QuizScore) => `${score.percent}%, ${score.passed ? 'passed' : 'not yet passed'}`;

/** The latest and the best attempt, side by side, and how many attempts there have been. */
export function AttemptHistory({ summary }: AttemptHistoryProps) {
  const { best, latest, scored } = summary;
  if (!latest || !best) return null;
  return (
    <section aria-labelledby="attempt-history-heading">
      <h3 id="attempt-history-heading">Your attempts</h3>
      <dl className="attempt-history">
        <div>
          <dt>Latest attempt</dt>
          <dd>
            {outcome(latest.score)} <span className="muted">({when(latest.attempt.finishedAt)})</span>
          </dd>
        </div>
        <div>
          <dt>Best attempt</dt>
          <dd>
            {outcome(best.score)}{' '}
            <span className="muted">({best.attempt.id === latest.attempt.id ? 'this attempt' : when(best.attempt.finishedAt)})</span>
          </dd>
        </div>
      </dl>
      <p className="muted">
        {scored.length === 1 ? 'You have finished this quiz once.' : `You have finished this quiz ${scored.length} times.`}
      </p>
    </section>
  );
}
