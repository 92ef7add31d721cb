import { useState } from 'react';
import type { Answer } from '../../domain/scoring/answers';
import type { BranchQuestion as BranchQuestionData } from '../../domain/content/content-types';
import { BranchDecision, BranchLead } from './branch-decision';
import { walkBranch } from '../../domain/scoring/branch-walk';
import { ChoiceFieldset } from './choice-fieldset';
import { shownStepOrder } from './option-order';

/** Props for BranchQuestion. */
interface BranchQuestionProps {
  /** The scenario. */
  question: BranchQuestionData;
  /** The attempt's shuffle seed. */
  seed: number;
  /** Choices made so far (saved after each decision, so a reload resumes mid-scenario). */
  path: readonly string[];
  /** Called with the longer path after each decision; absent in review. */
  onAnswer?: (answer: Answer) => void;
  /** Show every response's feedback at once (review). */
  showAll?: boolean;
  /** A mastery check: show what was chosen and what happened next, never whether it was best. */
  blind?: boolean;
}

/**
 * A branching scenario: each decision is a radio group; after it, feedback on the choice, then
 * the consequence (the next step's lead) and the follow-up decision. Scored on the path taken.
 */
export function BranchQuestion({ question, seed, path, onAnswer, showAll = false, blind = false }: BranchQuestionProps) {
  const [hasChosen, setHasChosen] = useState(false);
  const { taken, current } = walkBranch(question, path);

  function choose(optionId: string) {
    setHasChosen(true);
    onAnswer?.({ kind: 'branch', path: [...taken.map((t) => t.option.id), optionId] });
  }

  return (
    <div className="branch">
      <p className="prompt">{question.prompt}</p>
      <ol className="branch-steps">
        {taken.map((t, i) => (
          <li key={t.step.id}>
            <BranchDecision
              question={question}
              step={t.step}
              chosenId={t.option.id}
              index={i}
              seed={seed}
              showAll={showAll}
              blind={blind}
              focusOnShow={hasChosen && i === taken.length - 1}
            />
          </li>
        ))}
        {current && onAnswer && (
          <li key={current.id}>
            <BranchLead lead={taken.length > 0 ? current.lead : undefined} />
            <ChoiceFieldset
              key={current.id}
              legend={`Decision ${taken.length + 1}: ${current.prompt}`}
              choices={shownStepOrder(question, current, seed).map((o) => ({ id: o.id, label: o.text }))}
              onChoose={choose}
            />
          </li>
        )}
      </ol>
    </div>
  );
}
