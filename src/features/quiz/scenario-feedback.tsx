import type { Answer } from '../../domain/scoring/answers';
import type { Question } from '../../domain/content/content-types';
import type { QuestionScore } from '../../domain/scoring/score-question';
import { choiceItems, multiItems, rankItems, type FeedbackItem } from './feedback-items';
import { FeedbackPanel } from './feedback-panel';
import { shownOrder } from './option-order';
import { valueTitle } from './value-titles';
import { verdictFor } from './verdict';

/** Props for ScenarioFeedback. */
interface ScenarioFeedbackProps {
  /** A scenario that is not a branch (branches show feedback per decision). */
  question: Exclude<Question, { kind: 'branch' }>;
  /** The learner's answer. */
  answer: Answer;
  /** Its score. */
  score: QuestionScore;
  /** The attempt's shuffle seed, so feedback lists responses in the order they were shown. */
  seed: number;
  /** Show every response's feedback at once (review). */
  showAll: boolean;
  /** Move focus to the feedback heading (just submitted). */
  focusOnShow: boolean;
}

/** The verdict and per-response feedback for a single, multi, rank or value scenario. */
export function ScenarioFeedback({ question, answer, score, seed, showAll, focusOnShow }: ScenarioFeedbackProps) {
  return (
    <FeedbackPanel
      heading="Feedback"
      verdict={verdictFor(question.kind, score)}
      items={itemsFor(question, answer, seed)}
      showAll={showAll}
      focusOnShow={focusOnShow}
    />
  );
}

function itemsFor(question: ScenarioFeedbackProps['question'], answer: Answer, seed: number): FeedbackItem[] {
  switch (question.kind) {
    case 'single':
      return choiceItems(shownOrder(question.options, seed, question.id), 'optionId' in answer ? answer.optionId : undefined);
    case 'value': {
      const options = shownOrder(question.options, seed, question.id).map((o) => ({ ...o, text: valueTitle(o.value) }));
      return choiceItems(options, 'optionId' in answer ? answer.optionId : undefined);
    }
    case 'multi':
      return multiItems(shownOrder(question.options, seed, question.id), 'optionIds' in answer ? answer.optionIds : []);
    case 'rank':
      return rankItems(question, 'order' in answer ? answer.order : []);
  }
}
