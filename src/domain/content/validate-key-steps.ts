/**
 * What the keyed answer of a safety-tagged scenario must actually say (docs/authoring.md, "Safety
 * rules"). Tagging an item and marking its key `escalates` is not enough: the key must contain
 * each step the trigger requires (bring someone in, document, stay, ask directly, transfer
 * warmly…), and words that only the key uses ("supervisor", "988", "document") must not give it
 * away. Words are matched in the keyed responses' text and feedback; for a branch, along the path
 * of best choices; for a multi, across its correct responses together.
 */
import type { BranchQuestion, Question, ResponseOption, SafetyTag } from './content-types';
import type { Reporter } from './content-problem';

/** A required step: the words that show it, and how a message names it. */
interface Step {
  words: RegExp;
  name: string;
}

const BRING_IN: Step = {
  words: /supervisor|crisis|clinician|clinical|911|988|emergency|security|on-call|protocol/i,
  name: 'bringing in a supervisor, crisis or clinical staff (or 911/988/security) per protocol',
};
const DOCUMENT: Step = {
  words: /document|write (?:it|this|that|what) (?:up|down)|written note|record|notes?\b/i,
  name: 'documenting what happened',
};
const STAY: Step = {
  words: /\bstay|\bremain|keep (?:talking|him|her|them|the call)|with (?:him|her|them) until/i,
  name: 'staying with the person',
};
const TELL: Step = {
  words: /\btell|explain|let (?:him|her|them) know|honest|say (?:what|that) you|name what you/i,
  name: 'telling the person honestly what you are doing',
};
const ASK_DIRECTLY: Step = {
  words:
    /\bask\w*\b[^.]{0,80}\b(?:suicide|suicidal|kill(?:ing)? (?:him|her|them|your)sel(?:f|ves)|end(?:ing)? (?:his|her|their|your) life)/i,
  name: 'asking directly and calmly about suicide',
};
const WARM_TRANSFER: Step = {
  words: /transfer|three-way|conference|stay on the line|stays? on the (?:line|call)/i,
  name: 'a warm or three-way transfer while you stay on the line',
};
const SAFE_FIRST: Step = { words: /\bsafe|security/i, name: 'making yourself and others safe first' };
const REFER_IN_ROLE: Step = {
  words: /supervis|prescriber|doctor|clinician|lawyer|attorney|legal aid|advocate|pharmacist|case manager|sponsor/i,
  name: 'a referral within your role (supervisor, prescriber, lawyer, advocate…)',
};
const OWN_SUPPORTS: Step = { words: /support|sponsor|meeting|therap|counsel/i, name: 'leaning on your own supports' };

/** The steps each trigger's key must contain. */
const REQUIRED: Record<SafetyTag, Step[]> = {
  'suicide-risk': [BRING_IN, DOCUMENT, STAY, ASK_DIRECTLY, TELL],
  'overdose-medical': [BRING_IN, DOCUMENT, STAY],
  violence: [BRING_IN, DOCUMENT, SAFE_FIRST],
  'abuse-neglect': [BRING_IN, DOCUMENT, TELL],
  'partner-violence': [BRING_IN, DOCUMENT, TELL],
  psychosis: [BRING_IN, DOCUMENT, STAY],
  'minor-at-risk': [BRING_IN, DOCUMENT, TELL],
  'remote-risk': [BRING_IN, DOCUMENT, STAY, WARM_TRANSFER],
  'medication-diagnosis': [REFER_IN_ROLE],
  'role-limits': [REFER_IN_ROLE],
  legal: [REFER_IN_ROLE],
  'own-distress': [REFER_IN_ROLE, OWN_SUPPORTS],
};

/** A keyed answer telling a person at risk to hang up and call for help themselves. */
const COLD_HANDOFF = /hang up and (?:call|text)|call (?:988|the crisis line) (?:yourself|on your own)/i;

/** Words that must never be found only in the key. */
const TELLTALE = [/supervisor/i, /988/, /document/i];

/** One decision's options, split into keyed and not keyed. */
interface Decision {
  path: string;
  keyed: ResponseOption[];
  others: ResponseOption[];
}

/** The decisions of a scenario whose answer key can be read off its options. */
function decisionsOf(q: Question, path: string): Decision[] {
  switch (q.kind) {
    case 'single':
      return [{ path, keyed: q.options.filter((o) => o.best), others: q.options.filter((o) => !o.best) }];
    case 'multi':
      return [{ path, keyed: q.options.filter((o) => o.correct), others: q.options.filter((o) => !o.correct) }];
    case 'rank':
      return [{ path, keyed: q.options.slice(0, 1), others: q.options.slice(1) }];
    case 'branch':
      return q.steps.map((s, i) => ({
        path: `${path}.steps[${i}]`,
        keyed: s.options.filter((o) => o.best),
        others: s.options.filter((o) => !o.best),
      }));
    case 'value':
      return [];
  }
}

/** The best choices from the first step to an end (a branch's keyed path). */
function bestPath(q: BranchQuestion): ResponseOption[] {
  const out: ResponseOption[] = [];
  let step = q.steps[0];
  const seen = new Set<string>();
  while (step && !seen.has(step.id)) {
    seen.add(step.id);
    const best = step.options.find((o) => o.best);
    if (!best) break;
    out.push(best);
    step = best.next ? q.steps.find((s) => s.id === best.next) : undefined;
  }
  return out;
}

/** Everything the key of a scenario says: texts and feedback of its keyed responses. */
function keyedWords(q: Question): string {
  const keyed = q.kind === 'branch' ? bestPath(q) : decisionsOf(q, '').flatMap((d) => d.keyed);
  return keyed.map((o) => `${o.text} ${o.feedback}`).join(' ');
}

/** Checks one well-formed, safety-tagged scenario's key against its triggers' required steps. */
export function validateKeySteps(r: Reporter, q: Question, path: string): void {
  const tags = q.safety ?? [];
  if (tags.length === 0 || q.kind === 'value') return;
  const words = keyedWords(q);
  const missing = [...new Set(tags.flatMap((tag) => REQUIRED[tag]))].filter((step) => !step.words.test(words));
  if (missing.length > 0) {
    r.at(
      path,
      `the key of this ${tags.join(' + ')} scenario lacks ${missing.map((s) => s.name).join('; ')} (docs/authoring.md, "What each trigger's key must include")`,
    );
  }
  if (tags.includes('remote-risk') && COLD_HANDOFF.test(words)) {
    r.at(
      path,
      'the key asks a person at risk to hang up and call for help themselves: key a warm or three-way transfer while you stay on the line',
    );
  }
  for (const d of decisionsOf(q, path)) {
    const keyText = d.keyed.map((o) => o.text).join(' ');
    const otherText = d.others.map((o) => o.text).join(' ');
    for (const word of TELLTALE) {
      if (word.test(keyText) && !word.test(otherText)) {
        r.at(
          d.path,
          `only the keyed response mentions "${word.source}", which gives the key away: let a near-miss response mention it too`,
        );
      }
    }
  }
}
