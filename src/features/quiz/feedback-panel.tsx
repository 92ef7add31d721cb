import { useEffect, useId, useRef } from 'react';
import { FeedbackCard, TONE_ICON } from './feedback-card';
import type { FeedbackItem } from './feedback-items';
import type { Verdict } from './verdict';

/** Props for FeedbackPanel. */
interface FeedbackPanelProps {
  /** The panel's heading, e.g. "Feedback". */
  heading: string;
  /** Heading level: 3 inside a scenario, 4 inside a branch decision. */
  level?: 3 | 4;
  /** The verdict line, if any. */
  verdict?: Verdict;
  /** Every response with its feedback. */
  items: FeedbackItem[];
  /** Show every response's feedback at once (review) instead of behind a disclosure. */
  showAll?: boolean;
  /** Move focus to the heading when the panel appears (just after a submit). */
  focusOnShow?: boolean;
}

/**
 * Feedback after answering: the verdict, then the chosen and best responses, then on request the
 * feedback on every other response. Review shows every response at once, in the order shown.
 */
export function FeedbackPanel({ heading, level = 3, verdict, items, showAll = false, focusOnShow = false }: FeedbackPanelProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);
  const Heading = level === 3 ? 'h3' : 'h4';
  const key = items.filter((i) => i.isKey);
  const others = items.filter((i) => !i.isKey);
  return (
    <section className="feedback" aria-labelledby={id}>
      <Heading id={id} ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      {verdict && (
        <p className={`verdict tone-${verdict.tone}`}>
          <span aria-hidden="true" className="tone-icon">
            {TONE_ICON[verdict.tone]}
          </span>{' '}
          <strong>{verdict.heading}.</strong> {verdict.detail}
        </p>
      )}
      {showAll ? (
        // Review: every response in the order the learner saw it.
        <ul className="feedback-list">
          {items.map((item) => (
            <FeedbackCard key={item.id} item={item} />
          ))}
        </ul>
      ) : (
        <>
          {key.length > 0 && (
            <ul className="feedback-list">
              {key.map((item) => (
                <FeedbackCard key={item.id} item={item} />
              ))}
            </ul>
          )}
          {others.length > 0 && (
            <details className="feedback-others">
              <summary>Read the feedback on the other {others.length === 1 ? 'response' : `${others.length} responses`}</summary>
              <ul className="feedback-list">
                {others.map((item) => (
                  <FeedbackCard key={item.id} item={item} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
