/**
 * The safety review packet: every safety-tagged scenario laid out for a clinician and a peer
 * supervisor to check and sign: its situation, every response with the key, feedback and the
 * safe alternative, the §3 rule it follows, and whether both sign-offs are recorded for the
 * current content version. The same model feeds the printable page and `npm run review:packet`.
 */
import { SAFETY_TAGS, SETTINGS, type Question, type ResponseOption, type SafetyTag } from '../content/content-types';
import { SAFETY_RULES, type SafetyRule } from './safety-rules';
import { REVIEW_ROLES, type ReviewRole, type SignOff } from './sign-offs';

/** One response as a reviewer reads it. */
export interface PacketResponse {
  /** A, B, C… in the order the content lists them (learners see them shuffled). */
  letter: string;
  /** The response. */
  text: string;
  /** How the key treats it, in words ("Keyed best response", "Keyed rank 2 of 4"…). */
  key: string;
  /** True for a response the key rewards. */
  isKeyed: boolean;
  /** `escalates` or `unsafe`, when the content marks it. */
  safety?: 'escalates' | 'unsafe';
  /** The feedback learners read. */
  feedback: string;
  /** The safe alternative shown with an unsafe response. */
  instead?: string;
  /** In a branch: where the response leads. */
  next?: string;
}

/** One decision: a whole single, multi or rank item, or one step of a branch. */
export interface PacketStep {
  /** The step's heading ("Decision 2"); empty for a one-decision item. */
  name: string;
  /** What happened before it (branch steps after the first). */
  lead?: string;
  /** The question put to the learner. */
  prompt: string;
  /** Every response. */
  responses: PacketResponse[];
}

/** One safety-tagged scenario in the packet. */
export interface PacketItem {
  /** Permanent id. */
  id: string;
  /** The quiz it belongs to (module title or the course review). */
  quizTitle: string;
  /** The scenario's title. */
  title: string;
  /** Where it happens, as learners read it. */
  setting: string;
  /** The situation. */
  situation: string;
  /** Its triggers with their names and rules. */
  triggers: { tag: SafetyTag; name: string; rule: SafetyRule }[];
  /** Its decisions. */
  steps: PacketStep[];
  /** The recorded sign-off per role for the current version, if any. */
  signOffs: Partial<Record<ReviewRole, SignOff>>;
  /** True when every role has signed off the current version. */
  isReviewed: boolean;
}

/** A quiz's scenarios, as the packet needs them. */
export interface PacketQuiz {
  /** The quiz's title. */
  title: string;
  /** Its scenarios. */
  questions: readonly Question[];
}

/** The packet for one content version. */
export interface ReviewPacket {
  /** The content version under review. */
  version: string;
  /** Every safety-tagged item, in course order. */
  items: PacketItem[];
  /** Ids of items still missing a sign-off for this version. */
  unreviewed: string[];
}

const letterOf = (i: number) => String.fromCharCode(65 + i);

/** How a one-decision item's key treats each response. */
function keyWords(q: Exclude<Question, { kind: 'branch' | 'value' }>, i: number): [string, boolean] {
  if (q.kind === 'rank') return [`Keyed rank ${i + 1} of ${q.options.length}${i === 0 ? ' (the keyed answer)' : ''}`, i === 0];
  if (q.kind === 'multi') {
    const correct = q.options[i]!.correct;
    return [correct ? 'Keyed correct: should be chosen' : 'Keyed not correct: should be left out', correct];
  }
  const best = Boolean(q.options[i]!.best);
  return [best ? 'Keyed best response' : 'Not the keyed response', best];
}

function response(o: ResponseOption, letter: string, key: string, isKeyed: boolean): PacketResponse {
  const r: PacketResponse = { letter, text: o.text, key, isKeyed, feedback: o.feedback };
  if (o.safety) r.safety = o.safety;
  if (o.instead) r.instead = o.instead;
  return r;
}

/** The decisions of a safety-tagged item. */
function stepsOf(q: Question): PacketStep[] {
  if (q.kind === 'value') return [];
  if (q.kind !== 'branch')
    return [{ name: '', prompt: q.prompt, responses: q.options.map((o, i) => response(o, letterOf(i), ...keyWords(q, i))) }];
  const stepName = (id: string) => `Decision ${q.steps.findIndex((s) => s.id === id) + 1}`;
  return q.steps.map((s, n) => ({
    name: `Decision ${n + 1}`,
    ...(s.lead ? { lead: s.lead } : {}),
    prompt: n === 0 ? `${q.prompt} ${s.prompt}`.trim() : s.prompt,
    responses: s.options.map((o, i) => ({
      ...response(o, letterOf(i), o.best ? 'Keyed best choice at this decision' : 'Not the keyed choice', Boolean(o.best)),
      next: o.next ? `leads to ${stepName(o.next)}` : 'ends the scenario',
    })),
  }));
}

/** The sign-offs for `item` at `version`, one per role. */
function signOffsFor(item: string, version: string, all: readonly SignOff[]): Partial<Record<ReviewRole, SignOff>> {
  const out: Partial<Record<ReviewRole, SignOff>> = {};
  for (const s of all) if (s.item === item && s.version === version) out[s.role] ??= s;
  return out;
}

/** Builds the packet: every safety-tagged item of `quizzes`, in order, with its review status at `version`. */
export function buildReviewPacket(quizzes: readonly PacketQuiz[], signOffs: readonly SignOff[], version: string): ReviewPacket {
  const items = quizzes.flatMap((quiz) =>
    quiz.questions
      .filter((q) => (q.safety?.length ?? 0) > 0)
      .map((q): PacketItem => {
        const signed = signOffsFor(q.id, version, signOffs);
        return {
          id: q.id,
          quizTitle: quiz.title,
          title: q.title,
          setting: SETTINGS[q.setting],
          situation: q.situation,
          triggers: (q.safety ?? []).map((tag) => ({ tag, name: SAFETY_TAGS[tag], rule: SAFETY_RULES[tag] })),
          steps: stepsOf(q),
          signOffs: signed,
          isReviewed: REVIEW_ROLES.every((role) => signed[role] !== undefined),
        };
      }),
  );
  return { version, items, unreviewed: items.filter((i) => !i.isReviewed).map((i) => i.id) };
}

/** Ids of every safety-tagged item in `quizzes` (what a sign-off may name). */
export function safetyItemIds(quizzes: readonly PacketQuiz[]): Set<string> {
  return new Set(quizzes.flatMap((q) => q.questions.filter((x) => (x.safety?.length ?? 0) > 0).map((x) => x.id)));
}
