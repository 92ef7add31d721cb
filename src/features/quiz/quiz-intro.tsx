import { CrisisLine } from '../../components/crisis-line';
import type { QuizRef } from '../../course/course-data';

/** Props for QuizIntro. */
interface QuizIntroProps {
  /** The quiz. */
  quiz: QuizRef;
  /** How many scenarios it has. */
  count: number;
  /** The pass mark in use, as a whole percent. */
  passMark: number;
  /** Starts a new attempt. */
  onStart: () => void;
}

/** Before starting: the content note (when the scenarios touch distressing topics), what to expect, and Start. */
export function QuizIntro({ quiz, count, passMark, onStart }: QuizIntroProps) {
  return (
    <section className="quiz-intro" aria-labelledby="quiz-intro-heading">
      <h2 id="quiz-intro-heading">Before you start</h2>
      {quiz.contentNote && (
        <aside className="content-note" aria-label="Content note">
          <p>
            <strong>Content note.</strong> {quiz.contentNote}
          </p>
          <CrisisLine />
        </aside>
      )}
      <ul>
        <li>{count} scenarios, one at a time. Each asks what you would do as a peer worker.</li>
        <li>After each one you get feedback on your response and on the best response.</li>
        <li>The pass mark is {passMark}%. You can try again as often as you like.</li>
        <li>Your answers are saved on this device as you go, so you can stop and come back later.</li>
      </ul>
      <p>
        <button type="button" className="button" onClick={onStart}>
          Start the scenarios
        </button>
      </p>
    </section>
  );
}
