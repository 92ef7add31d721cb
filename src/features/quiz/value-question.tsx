import type { Answer } from '../../domain/scoring/answers';
import type { ValueQuestion as ValueQuestionData } from '../../domain/content/content-types';
import { ChoiceFieldset } from './choice-fieldset';
import { shownOrder } from './option-order';
import { valueTitle } from './value-titles';

/** Props for ValueQuestion. */
interface ValueQuestionProps {
  /** The scenario. */
  question: ValueQuestionData;
  /** The attempt's shuffle seed. */
  seed: number;
  /** Called with the learner's answer on submit. */
  onAnswer: (answer: Answer) => void;
}

/** Which value is most at stake: the value titles from the course as radio labels. */
export function ValueQuestion({ question, seed, onAnswer }: ValueQuestionProps) {
  const choices = shownOrder(question.options, seed, question.id).map((o) => ({ id: o.id, label: valueTitle(o.value) }));
  return <ChoiceFieldset legend={question.prompt} choices={choices} onChoose={(optionId) => onAnswer({ kind: 'value', optionId })} />;
}
