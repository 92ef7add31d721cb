/** Props for AnswerFooter. */
interface AnswerFooterProps {
  /** The validation message, or empty when there is none. */
  error: string;
  /** Id the fieldset's aria-describedby points at while there is an error. */
  errorId: string;
}

/** The end of every answer form: the validation message (announced) and the submit button, in a bar that stays on a phone's screen while the form is in view. */
export function AnswerFooter({ error, errorId }: AnswerFooterProps) {
  return (
    <>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="answer-bar">
        <button type="submit" className="button">
          Submit answer
        </button>
      </p>
    </>
  );
}
