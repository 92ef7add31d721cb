/** A screen's primary action, decided outside the quiz (e.g. by an instructor's assignment). */
export interface NextStep {
  /** The route to open. */
  to: string;
  /** The button's words, e.g. "Back to your assignment". */
  label: string;
}
