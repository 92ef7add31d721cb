import { useEffect, useRef, useState } from 'react';

/** Props for ConfirmButton. */
interface ConfirmButtonProps {
  /** The button's text, e.g. "Reset Hopeful". */
  label: string;
  /** The question asked before acting. */
  question: string;
  /** Text of the confirming button. */
  confirmLabel: string;
  /** Runs only after the learner confirms. */
  onConfirm: () => void;
  /** Opens on the question, focused (the learner already pressed an opener that stood in for this one while its code loaded). */
  isAskingAtFirst?: boolean;
}

/** A destructive action behind an inline "Are you sure?" step; focus moves into the question. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, isAskingAtFirst = false }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(isAskingAtFirst);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button ref={openerRef} type="button" className="button danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button danger"
          onClick={() => {
            onConfirm();
            setAsking(false);
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </p>
    </div>
  );
}
