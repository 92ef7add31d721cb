import { CrisisLine } from '../../components/crisis-line';
import type { QuizRef } from '../../course/course-data';
import type { QuizMode } from './use-quiz-attempt';

/** Props for QuizIntro. */
interface QuizIntroProps {
  /** The quiz. */
  quiz: QuizRef;
  /** Practice or the mastery check. */
  mode: QuizMode;
  /** How many scenarios it has. */
  count: number;
  /** The pass mark in use, as a whole percent. */
  passMark: number;
  /** Starts a new attempt. */
  onStart: () => void;
}

/** Before starting: the content note (when the scenarios touch distressing topics), what to expect, and Start. */
export function QuizIntro({ quiz, mode, count, passMark, onStart }: QuizIntroProps) {
  const isFinal = quiz.id === 'review';
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
      {mode === 'practice' ? (
        <ul>
          <li>{count} practice scenarios, one at a time. Each asks what you would do as a peer worker.</li>
          <li>After each one you get feedback on your response and on the best response.</li>
          <li>Practice never decides a pass. Practice as often as you like, then take the {isFinal ? 'final' : 'mastery'} check.</li>
          <li>Your answers are saved on this device as you go, so you can stop and come back later.</li>
        </ul>
      ) : (
        <ul>
          <li>
            {count} scenarios you have not seen in practice{isFinal ? ', from every value' : ''}. Each asks what you would do as a peer
            worker.
          </li>
          <li>No feedback until you submit the whole check. Then you see your result and feedback on every answer.</li>
          <li>
            The pass mark is {passMark}%.{' '}
            {isFinal ? 'Passing it completes the course.' : 'Passing it (with the lesson read) passes the module.'} If you do not pass,
            practice and try again: each check draws new scenarios.
          </li>
          <li>Your answers are saved on this device as you go, so you can stop and come back later.</li>
        </ul>
      )}
      <p>
        <button type="button" className="button" onClick={onStart}>
          {mode === 'practice' ? 'Start practicing' : isFinal ? 'Start the final check' : 'Start the mastery check'}
        </button>
      </p>
    </section>
  );
}
