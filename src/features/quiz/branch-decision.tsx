import type { BranchQuestion, BranchStep } from '../../domain/content/content-types';
import { choiceItems } from './feedback-items';
import { FeedbackPanel } from './feedback-panel';
import { shownStepOrder } from './option-order';

/** Props for BranchDecision. */
interface BranchDecisionProps {
  /** The scenario. */
  question: BranchQuestion;
  /** The decision made. */
  step: BranchStep;
  /** The option chosen there. */
  chosenId: string;
  /** Its place in the learner's path, from 0. */
  index: number;
  /** The attempt's shuffle seed. */
  seed: number;
  /** Show every response's feedback at once (review). */
  showAll: boolean;
  /** Move focus to the feedback heading (just submitted). */
  focusOnShow: boolean;
  /** A mastery check: name the choice made, with no feedback on it. */
  blind?: boolean;
}

/** What happened before a decision (its lead) and the feedback on the choice made. */
export function BranchDecision({ question, step, chosenId, index, seed, showAll, focusOnShow, blind = false }: BranchDecisionProps) {
  const options = shownStepOrder(question, step, seed);
  const isBest = Boolean(step.options.find((o) => o.id === chosenId)?.best);
  const leadsOn = Boolean(step.options.find((o) => o.id === chosenId)?.next);
  const verdict = {
    tone: isBest ? ('good' as const) : ('poor' as const),
    heading: isBest ? 'Best choice' : 'Not the best choice',
    detail: `${isBest ? '' : 'The best response is shown with its feedback.'}${leadsOn ? ' See what happens next.' : ''}`.trim(),
  };
  return (
    <>
      <BranchLead lead={step.lead} />
      <p className="decision-prompt">
        <strong>Decision {index + 1}:</strong> {step.prompt}
      </p>
      {blind ? (
        <p className="chosen">
          <strong>You chose:</strong> {options.find((o) => o.id === chosenId)?.text}
        </p>
      ) : (
        <FeedbackPanel
          heading={`Feedback on decision ${index + 1}`}
          verdict={verdict}
          items={choiceItems(options, chosenId)}
          showAll={showAll}
          focusOnShow={focusOnShow}
        />
      )}
    </>
  );
}

/** The consequence of the previous choice, shown before the follow-up decision. */
export function BranchLead({ lead }: { lead: string | undefined }) {
  if (!lead) return null;
  return (
    <p className="consequence">
      <strong>What happens next:</strong> {lead}
    </p>
  );
}
