/**
 * The safety rules (docs/authoring.md, "Safety rules"), applied to one scenario. Safety beats value-purity: when
 * a scenario touches a safety trigger, the answer the quiz rewards must be the escalation or
 * stay-in-role response, and no response that puts someone at risk may ever be rewarded.
 */
import { type QuestionKind, type SafetyTag } from './content-types';
import { type Fields, type Reporter, isFields, listOf } from './content-problem';

/** A response with its path and whether the answer key rewards it. */
interface KeyedResponse {
  option: Fields;
  path: string;
  isKeyed: boolean;
}

/**
 * Stay-in-role triggers (a medication question, a request to be someone's sponsor) are not
 * distressing to read, so a module whose scenarios carry only these needs no content note.
 */
const STAY_IN_ROLE_TAGS: readonly string[] = ['medication-diagnosis', 'role-limits', 'legal'] satisfies SafetyTag[];

/** The scenario's safety tags as written (unknown tags are reported by the bank check). */
function tagsOf(q: Fields): string[] {
  return listOf(q.safety).filter((t): t is string => typeof t === 'string');
}

/** True when a scenario carries a trigger that warrants a content note before its module. */
export function needsContentNote(q: unknown): boolean {
  return isFields(q) && tagsOf(q).some((t) => !STAY_IN_ROLE_TAGS.includes(t));
}

/** Every response of a scenario, marked with whether the key rewards it. */
function responsesOf(q: Fields, kind: QuestionKind, path: string): KeyedResponse[] {
  if (kind === 'branch') {
    return listOf(q.steps).flatMap((step, i) =>
      listOf(isFields(step) ? step.options : undefined).flatMap((o, j) =>
        isFields(o) ? [{ option: o, path: `${path}.steps[${i}].options[${j}]`, isKeyed: o.best === true }] : [],
      ),
    );
  }
  return listOf(q.options).flatMap((o, j) => {
    if (!isFields(o)) return [];
    const isKeyed = kind === 'rank' ? j === 0 : kind === 'multi' ? o.correct === true : o.best === true;
    return [{ option: o, path: `${path}.options[${j}]`, isKeyed }];
  });
}

/** How a message names the keyed answer of each kind. */
const KEYED_NAME: Record<QuestionKind, string> = {
  single: 'best response',
  value: 'best response',
  branch: 'best response at every step',
  multi: 'every correct response',
  rank: 'first-ranked response',
};

/** How a message says an unsafe response is being rewarded. */
const UNSAFE_KEYED: Record<QuestionKind, string> = {
  single: 'an unsafe response cannot be the best answer',
  value: 'an unsafe response cannot be the best answer',
  branch: 'an unsafe response cannot be the best answer',
  multi: 'an unsafe response cannot be correct',
  rank: 'an unsafe response cannot be ranked first',
};

/** Applies the safety rules to one scenario whose kind is known. */
export function validateSafety(r: Reporter, q: Fields, kind: QuestionKind, path: string): void {
  const tags = tagsOf(q);
  const isTagged = tags.length > 0;
  if (isTagged && kind === 'value') {
    // A value option names a value, not an action, so it can never be the escalation response.
    r.at(
      `${path}.safety`,
      "a safety-tagged scenario cannot be a value question: its keyed answer must be a response marked safety: 'escalates' (use single, multi, rank or branch)",
    );
    return;
  }
  for (const { option, path: at, isKeyed } of responsesOf(q, kind, path)) {
    if (isTagged && isKeyed && option.safety !== 'escalates') {
      r.at(
        at,
        `this scenario is safety-tagged (${tags.join(', ')}), so its ${KEYED_NAME[kind]} must be the escalation or stay-in-role response, marked safety: 'escalates'`,
      );
    }
    if (isKeyed && option.safety === 'unsafe') r.at(at, UNSAFE_KEYED[kind]);
    if (!isTagged && option.safety === 'escalates') {
      r.at(
        `${at}.safety`,
        "safety: 'escalates' needs a safety-tagged scenario: add the trigger to the scenario's safety list, or remove this mark",
      );
    }
  }
}
