/**
 * Turns a question and an answer into the feedback a learner reads: one item per response,
 * labeled in words ("Your choice", "Best response"), never by color alone.
 */
import type { MultiQuestion, RankQuestion } from '../../domain/content/content-types';

/** Whether a response, as answered, was a good or poor call (drives an icon and color, paired with labels). */
export type Tone = 'good' | 'poor' | 'neutral';

/** One response with its feedback, as shown after answering. */
export interface FeedbackItem {
  /** The option id. */
  id: string;
  /** The response as the learner saw it. */
  text: string;
  /** Why it helps or harms. */
  feedback: string;
  /** The safe alternative, for a response that puts someone at risk. */
  instead?: string;
  /** Plain-language labels, e.g. "Your choice", "Best response". */
  labels: string[];
  /** Good, poor, or neither. */
  tone: Tone;
  /** True for what the learner chose and what was best: shown first; the rest on request. */
  isKey: boolean;
}

/** A response of a one-choice question (single, value, or a branch step), with text resolved. */
export interface ChoiceOption {
  /** The option id. */
  id: string;
  /** Shown text. */
  text: string;
  /** Feedback on it. */
  feedback: string;
  /** What to do instead, if unsafe. */
  instead?: string;
  /** True for the best response. */
  best?: boolean;
}

/** Feedback for a one-choice question: what was chosen, the best, then the rest. */
export function choiceItems(options: readonly ChoiceOption[], chosenId: string | undefined): FeedbackItem[] {
  return options.map((o) => {
    const isChosen = o.id === chosenId;
    const labels = [...(isChosen ? ['Your choice'] : []), ...(o.best ? ['Best response'] : [])];
    return { ...pick(o), labels, tone: o.best ? 'good' : isChosen ? 'poor' : 'neutral', isKey: isChosen || Boolean(o.best) };
  });
}

/** Feedback for choose-all-that-apply: each response says whether it applies and whether it was chosen. */
export function multiItems(options: readonly MultiQuestion['options'][number][], picked: readonly string[]): FeedbackItem[] {
  return options.map((o) => {
    const isPicked = picked.includes(o.id);
    const labels = [
      isPicked ? 'You chose this' : o.correct ? 'You missed this' : 'You left this out',
      o.correct ? 'Applies' : 'Does not apply',
    ];
    return { ...pick(o), labels, tone: isPicked === o.correct ? 'good' : 'poor', isKey: isPicked || o.correct };
  });
}

/** Feedback for a ranking, in the best order, each saying where the learner put it. */
export function rankItems(question: RankQuestion, order: readonly string[]): FeedbackItem[] {
  const total = question.options.length;
  return question.options.map((o, keyed) => {
    const placed = order.indexOf(o.id);
    const labels = [
      `Best place: ${keyed + 1} of ${total}`,
      placed < 0 ? 'You did not place this' : `Your place: ${placed + 1} of ${total}`,
    ];
    return { ...pick(o), labels, tone: placed === keyed ? 'good' : 'poor', isKey: true };
  });
}

function pick(o: ChoiceOption | MultiQuestion['options'][number]): Pick<FeedbackItem, 'id' | 'text' | 'feedback' | 'instead'> {
  return { id: o.id, text: o.text, feedback: o.feedback, ...(o.instead ? { instead: o.instead } : {}) };
}
