import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Answer } from '../../domain/scoring/answers';
import type { RankQuestion as RankQuestionData } from '../../domain/content/content-types';
import { shownOrder } from './option-order';

/** Props for RankQuestion. */
interface RankQuestionProps {
  /** The scenario. */
  question: RankQuestionData;
  /** The attempt's shuffle seed: the starting order. */
  seed: number;
  /** Called with the learner's order on submit. */
  onAnswer: (answer: Answer) => void;
  /** Says something in the quiz's polite live region. */
  onAnnounce: (text: string) => void;
}

type Direction = 'up' | 'down';

/** The first words of a response, for button names and announcements that stay short. */
export function shortText(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * Rank from most to least helpful with Move up / Move down buttons (no dragging). Each move is
 * announced, and focus stays on the button just used, even as its item changes place. At the
 * ends the button stays focusable (aria-disabled) and says why nothing moved.
 */
export function RankQuestion({ question, seed, onAnswer, onAnnounce }: RankQuestionProps) {
  const [order, setOrder] = useState(() => shownOrder(question.options, seed, question.id).map((o) => o.id));
  const [lastMove, setLastMove] = useState<{ id: string; direction: Direction; n: number }>();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const textOf = (id: string) => question.options.find((o) => o.id === id)?.text ?? id;

  useEffect(() => {
    if (!lastMove) return;
    const button = buttons.current.get(`${lastMove.direction}:${lastMove.id}`);
    button?.focus();
    // The button may already have focus, so focus() alone would not scroll: keep the item the
    // learner is moving in view as it travels down a list of long responses.
    button?.scrollIntoView?.({ block: 'nearest' });
  }, [lastMove]);

  function move(id: string, direction: Direction) {
    const from = order.indexOf(id);
    const to = direction === 'up' ? from - 1 : from + 1;
    const label = shortText(textOf(id));
    if (to < 0 || to >= order.length) {
      onAnnounce(`'${label}' is already ${direction === 'up' ? 'first' : 'last'}.`);
      return;
    }
    const next = order.filter((o) => o !== id);
    next.splice(to, 0, id);
    setOrder(next);
    setLastMove((m) => ({ id, direction, n: (m?.n ?? 0) + 1 }));
    onAnnounce(`Moved '${label}' to position ${to + 1} of ${order.length}.`);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onAnswer({ kind: 'rank', order });
  }

  return (
    <form className="question-form" onSubmit={submit}>
      <fieldset>
        <legend>{question.prompt}</legend>
        <p className="hint">Most helpful first. Use the Move up and Move down buttons to change the order.</p>
        <ol className="rank-list">
          {order.map((id, place) => (
            <li key={id} className="rank-item">
              <span className="rank-text">{textOf(id)}</span>
              <span className="rank-buttons">
                {(['up', 'down'] as const).map((direction) => {
                  const atEnd = direction === 'up' ? place === 0 : place === order.length - 1;
                  return (
                    <button
                      key={direction}
                      type="button"
                      className="button secondary small"
                      aria-label={`Move ${direction}: ${shortText(textOf(id))}`}
                      aria-disabled={atEnd}
                      ref={(el) => {
                        if (el) buttons.current.set(`${direction}:${id}`, el);
                        else buttons.current.delete(`${direction}:${id}`);
                      }}
                      onClick={() => move(id, direction)}
                    >
                      {direction === 'up' ? 'Move up' : 'Move down'}
                    </button>
                  );
                })}
              </span>
            </li>
          ))}
        </ol>
      </fieldset>
      <p className="answer-bar">
        <button type="submit" className="button">
          Submit this order
        </button>
      </p>
    </form>
  );
}
