import { useId, useState, type FormEvent } from 'react';
import { AnswerFooter } from './answer-footer';

/** One radio choice. */
export interface Choice {
  /** The option id submitted. */
  id: string;
  /** What the learner reads. */
  label: string;
}

/** Props for ChoiceFieldset. */
interface ChoiceFieldsetProps {
  /** The question put to the learner; the group's accessible name. */
  legend: string;
  /** The choices, in the order shown. */
  choices: Choice[];
  /** Called with the chosen id on submit. */
  onChoose: (id: string) => void;
}

/**
 * A radio group in a fieldset with a legend, and a submit button. Native radios give arrow-key
 * movement and screen-reader announcements for free; nothing here needs a pointer.
 */
export function ChoiceFieldset({ legend, choices, onChoose }: ChoiceFieldsetProps) {
  const [selected, setSelected] = useState<string>();
  const [error, setError] = useState('');
  const name = useId();
  const errorId = `${name}-error`;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (selected) onChoose(selected);
    else setError('Choose a response, then submit.');
  }
  return (
    <form className="question-form" onSubmit={submit} noValidate>
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend>{legend}</legend>
        <ul className="choice-list">
          {choices.map((c) => (
            <li key={c.id}>
              <label className="choice">
                <input
                  type="radio"
                  name={name}
                  value={c.id}
                  checked={selected === c.id}
                  onChange={() => {
                    setSelected(c.id);
                    setError('');
                  }}
                />
                <span>{c.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <AnswerFooter error={error} errorId={errorId} />
    </form>
  );
}
