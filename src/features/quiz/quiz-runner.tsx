import { useState } from 'react';
import { ProgressBar } from '../../components/progress-bar';
import type { Answer } from '../../domain/scoring/answers';
import type { Question } from '../../domain/content/content-types';
import type { Attempt } from '../../domain/progress/progress-model';
import { ScenarioCard } from './scenario-card';
import { announceAnswer, firstOpenIndex, isDone } from './scenario-status';
import type { QuizMode } from './use-quiz-attempt';

/** Props for QuizRunner. */
interface QuizRunnerProps {
  /** Practice shows feedback after each answer; the check shows none until the form is submitted. */
  mode: QuizMode;
  /** The attempt's scenarios, in order. */
  questions: Question[];
  /** The open attempt (answers so far and the shuffle seed). */
  attempt: Attempt;
  /** Saves one answer to the attempt. */
  onRecord: (questionId: string, answer: Answer) => void;
  /** Finishes the attempt. */
  onFinish: () => void;
  /** Move focus to the first scenario's heading (after "Start"); false on a page load. */
  focusFirst: boolean;
}

/**
 * One scenario at a time with a progress indicator. Each submit is saved (just after its
 * feedback is painted, or at once if the page is left first: a reload resumes at the first
 * unanswered scenario) and announced in a polite live region. In practice
 * the feedback shows until the learner moves on; in a check the answer is only confirmed, and
 * the last "Next" submits the whole form.
 */
export function QuizRunner({ mode, questions, attempt, onRecord, onFinish, focusFirst }: QuizRunnerProps) {
  const isCheck = mode === 'check';
  // The scenario just answered stays on screen (with its feedback) until "Next".
  const [pinned, setPinned] = useState<string>();
  const [focusHeading, setFocusHeading] = useState(focusFirst);
  const [announcement, setAnnouncement] = useState({ text: '', n: 0 });
  const announce = (text: string) => setAnnouncement((a) => ({ text, n: a.n + 1 }));

  const pinnedIndex = questions.findIndex((q) => q.id === pinned);
  const index = pinnedIndex >= 0 ? pinnedIndex : firstOpenIndex(questions, attempt.answers);
  const question = questions[index];
  const answer = question ? attempt.answers[question.id] : undefined;
  const isAnswered = question ? isDone(question, answer) : true;
  const isLast = questions.every((q) => q === question || isDone(q, attempt.answers[q.id]));

  function submit(given: Answer) {
    if (!question) return;
    onRecord(question.id, given);
    setPinned(question.id);
    announce(isCheck ? checkAnnouncement(question, given) : announceAnswer(question, given));
  }

  function next() {
    setPinned(undefined);
    setFocusHeading(true);
    if (isLast) onFinish();
  }

  return (
    <div className="quiz-runner">
      {question ? (
        <>
          <ProgressBar
            label={isCheck ? 'Check progress' : 'Practice progress'}
            value={index + 1}
            max={questions.length}
            valueText={`Scenario ${index + 1} of ${questions.length}`}
          />
          <ScenarioCard
            key={question.id}
            question={question}
            seed={attempt.seed}
            answer={answer}
            onAnswer={submit}
            onAnnounce={announce}
            focusHeading={focusHeading}
            blind={isCheck}
          />
        </>
      ) : (
        <p>You have answered every scenario.</p>
      )}
      {isAnswered && (
        <p className="next-row">
          <button type="button" className="button" onClick={next}>
            {isLast ? (isCheck ? 'Submit the check' : 'See your results') : 'Next scenario'}
          </button>
        </p>
      )}
      <p role="status" className="visually-hidden">
        <span key={announcement.n}>{announcement.text}</span>
      </p>
    </div>
  );
}

/** In a check nothing says whether an answer was right: only that it was saved. */
function checkAnnouncement(question: Question, answer: Answer): string {
  return isDone(question, answer) ? 'Answer saved.' : 'Choice saved. See what happens next.';
}
