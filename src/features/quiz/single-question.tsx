import type { Answer } from '../../domain/scoring/answers';
import type { SingleQuestion as SingleQuestionData } from '../../domain/content/content-types';
import { ChoiceFieldset } from './choice-fieldset';
import { shownOrder } from './option-order';

/** Props for SingleQuestion. */
interface SingleQuestionProps {
  /** The scenario. */
  question: SingleQuestionData;
  /** The attempt's shuffle seed. */
  seed: number;
  /** Called with the learner's answer on submit. */
  onAnswer: (answer: Answer) => void;
}

/** Single best response: one radio group, options in the attempt's seeded order. */
export function SingleQuestion({ question, seed, onAnswer }: SingleQuestionProps) {
  const choices = shownOrder(question.options, seed, question.id).map((o) => ({ id: o.id, label: o.text }));
  return <ChoiceFieldset legend={question.prompt} choices={choices} onChoose={(optionId) => onAnswer({ kind: 'single', optionId })} />;
}
