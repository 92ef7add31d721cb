import { useId, useState, type FormEvent } from 'react';
import type { Answer } from '../../domain/scoring/answers';
import type { MultiQuestion as MultiQuestionData } from '../../domain/content/content-types';
import { shownOrder } from './option-order';
import { AnswerFooter } from './answer-footer';

/** Props for MultiQuestion. */
interface MultiQuestionProps {
  /** The scenario. */
  question: MultiQuestionData;
  /** The attempt's shuffle seed. */
  seed: number;
  /** Called with the learner's answer on submit. */
  onAnswer: (answer: Answer) => void;
}

/** Choose all that apply: checkboxes in a fieldset, submitted in the order shown. */
export function MultiQuestion({ question, seed, onAnswer }: MultiQuestionProps) {
  const options = shownOrder(question.options, seed, question.id);
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState('');
  const id = useId();
  const errorId = `${id}-error`;
  const saysHow = /all that apply/i.test(question.prompt);

  function toggle(optionId: string, on: boolean) {
    setPicked((now) => (on ? [...now, optionId] : now.filter((p) => p !== optionId)));
    setError('');
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    if (picked.length === 0) setError('Choose at least one response, then submit.');
    else onAnswer({ kind: 'multi', optionIds: options.filter((o) => picked.includes(o.id)).map((o) => o.id) });
  }

  return (
    <form className="question-form" onSubmit={submit} noValidate>
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend>
          {question.prompt}
          {!saysHow && ' Choose all that apply.'}
        </legend>
        <ul className="choice-list">
          {options.map((o) => (
            <li key={o.id}>
              <label className="choice">
                <input type="checkbox" value={o.id} checked={picked.includes(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} />
                <span>{o.text}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <AnswerFooter error={error} errorId={errorId} />
    </form>
  );
}
