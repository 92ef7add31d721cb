import type { FeedbackItem, Tone } from './feedback-items';

/** Props for FeedbackCard. */
interface FeedbackCardProps {
  /** The response and its feedback. */
  item: FeedbackItem;
}

/** A text symbol for each tone; decorative, because the labels say the same in words. */
export const TONE_ICON: Record<Tone, string> = { good: '✓', poor: '✗', neutral: '•' };

/** One response with its labels, its feedback and, for an unsafe response, what to do instead. */
export function FeedbackCard({ item }: FeedbackCardProps) {
  return (
    <li className={`feedback-item tone-${item.tone}`}>
      {item.labels.length > 0 && (
        <p className="feedback-labels">
          <span aria-hidden="true" className="tone-icon">
            {TONE_ICON[item.tone]}
          </span>
          {item.labels.map((label) => (
            <span key={label} className="tag">
              {label}
            </span>
          ))}
        </p>
      )}
      <p className="feedback-response">{item.text}</p>
      <p>{item.feedback}</p>
      {item.instead && (
        <p className="instead">
          <strong>What to do instead:</strong> {item.instead}
        </p>
      )}
    </li>
  );
}
