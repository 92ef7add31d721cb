import { useEffect, useId, useRef } from 'react';
import { CrisisLine } from '../../components/crisis-line';
import { OrgProtocol } from '../../components/org-protocol';
import type { Answer } from '../../domain/scoring/answers';
import { SETTINGS, type Question } from '../../domain/content/content-types';
import { scoreQuestion } from '../../domain/scoring/score-question';
import { BranchQuestion } from './branch-question';
import { FeedbackPanel } from './feedback-panel';
import { QuestionForm } from './question-form';
import { ScenarioFeedback } from './scenario-feedback';
import { verdictFor } from './verdict';

/** Props for ScenarioCard. */
interface ScenarioCardProps {
  /** The scenario. */
  question: Question;
  /** The attempt's shuffle seed. */
  seed: number;
  /** The saved answer, if any (for a branch, possibly a path still in progress). */
  answer: Answer | undefined;
  /** Called when the learner submits; absent when reviewing a finished attempt. */
  onAnswer?: (answer: Answer) => void;
  /** Says something in the quiz's polite live region. */
  onAnnounce?: (text: string) => void;
  /** Move focus to the scenario's heading when it appears (after "Next"). */
  focusHeading?: boolean;
  /** A mastery check: confirm an answer without saying whether it was right. */
  blind?: boolean;
}

/**
 * One scenario: title, setting, situation, the crisis line when it touches safety, then either
 * the question to answer or the feedback on the answer given. Review mode shows all feedback.
 */
export function ScenarioCard({
  question,
  seed,
  answer,
  onAnswer,
  onAnnounce = () => {},
  focusHeading = false,
  blind = false,
}: ScenarioCardProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus();
  }, [focusHeading]);
  const isReview = !onAnswer;
  const score = answer ? scoreQuestion(question, answer) : undefined;
  const isComplete = score?.status === 'scored';

  return (
    <section className="scenario" aria-labelledby={id}>
      <p className="scenario-setting">{SETTINGS[question.setting]}</p>
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {question.title}
      </h2>
      <p className="situation">{question.situation}</p>
      {question.safety && question.safety.length > 0 && (
        <div className="safety-note">
          <CrisisLine />
        </div>
      )}
      {question.kind === 'branch' ? (
        <>
          <BranchQuestion
            question={question}
            seed={seed}
            path={answer?.kind === 'branch' && Array.isArray(answer.path) ? answer.path : []}
            onAnswer={onAnswer}
            showAll={isReview}
            blind={blind}
          />
          {isComplete && blind && <SavedNote />}
          {isComplete && score && !blind && <FeedbackPanel heading="Scenario result" verdict={verdictFor('branch', score)} items={[]} />}
        </>
      ) : isComplete && blind ? (
        <>
          <p className="prompt">{question.prompt}</p>
          <SavedNote />
        </>
      ) : isComplete && answer && score ? (
        <>
          <p className="prompt">{question.prompt}</p>
          <ScenarioFeedback question={question} answer={answer} score={score} seed={seed} showAll={isReview} focusOnShow={!isReview} />
        </>
      ) : onAnswer ? (
        <QuestionForm key={question.id} question={question} seed={seed} onAnswer={onAnswer} onAnnounce={onAnnounce} />
      ) : (
        <p className="notice">You did not answer this scenario.</p>
      )}
      {/* With the feedback only: a check form shows none until it is submitted. */}
      {isComplete && !blind && question.safety && <OrgProtocol tags={question.safety} />}
    </section>
  );
}

/** In a check, what follows an answer: saved, and when feedback comes. Says nothing about right or wrong. */
function SavedNote() {
  return (
    <p className="notice saved-note">
      <strong>Answer saved.</strong> You will see your result and feedback on every answer when you submit the check.
    </p>
  );
}
