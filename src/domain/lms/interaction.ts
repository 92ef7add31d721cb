/**
 * One answered scenario as an LMS interaction, version neutral (interaction-scorm.ts writes it
 * in SCORM 1.2 and 2004 form). What an LMS's question report shows comes from here, so it must
 * be readable without the source:
 * - the id carries the scenario id, after the kind of attempt (`check_vol-er-naloxone`); a
 *   branching scenario gives one interaction per decision, with the step in the id
 *   (`practice_vol-br-walkout_s2`). SCORM 1.2 identifiers allow only letters, digits, `-` and
 *   `_`, which is all scenario and step ids use;
 * - options are kept in their AUTHORED order, never the learner's shuffled display order, so a
 *   response means the same thing for every learner (1.2 writes letters by that order; the
 *   table in docs/lms-response-letters.md says which letter is which option);
 * - credit comes from the ordinary scoring (score-question.ts): every scenario is worth 1.
 */
import type { BranchQuestion, Question } from '../content/content-types';
import type { Attempt, AttemptMode } from '../progress/progress-model';
import type { Answer } from '../scoring/answers';
import { EPSILON, scoreQuestion } from '../scoring/score-question';
import { walkBranch } from '../scoring/branch-walk';
import { CHECK_FORM_SIZE } from '../scoring/check-form';

/** Which kind of attempt an answer was given in: the interaction id's prefix. */
export type InteractionMode = AttemptMode;

/** One interaction, in neither version's format yet. */
export interface InteractionRecord {
  /** `<mode>_<scenario id>`, plus `_<step id>` for a branching decision. */
  id: string;
  /** The quiz (module id or `review`), also the interaction's objective. */
  objectiveId: string;
  /** `sequencing` for a ranking; `choice` for everything else. */
  type: 'choice' | 'sequencing';
  /** Option ids in authored order: what 1.2's letters count along. */
  options: readonly string[];
  /** What the learner chose: option ids, in the learner's order (the ranking, for sequencing). */
  response: readonly string[];
  /** The correct response: the best option, the correct set, or the keyed order. */
  correct: readonly string[];
  /** True when `correct` is a set whose order does not matter (choose all that apply). */
  isSet: boolean;
  /** Credit earned, 0 to 1. */
  credit: number;
  /** Points the answer is worth. */
  weighting: number;
  /** When it was answered, ms since 1970. */
  at: number;
  /** How long the learner took to answer, in ms, when known. */
  latencyMs?: number;
  /** The scenario's title. */
  description: string;
}

/** When and how an answer was given. */
export interface AnswerContext {
  /** The quiz. */
  quizId: string;
  /** The kind of attempt. */
  mode: InteractionMode;
  /** When it was answered, ms since 1970. */
  at: number;
  /** How long it took, in ms, when known. */
  latencyMs?: number;
  /** Branching scenarios: decisions before this one were written already. */
  fromStep?: number;
}

const ids = (options: readonly { id: string }[]): string[] => options.map((o) => o.id);

function base(
  q: Question,
  ctx: AnswerContext,
  id: string,
): Omit<InteractionRecord, 'type' | 'options' | 'response' | 'correct' | 'isSet' | 'credit'> {
  return {
    id,
    objectiveId: ctx.quizId,
    weighting: 1,
    at: ctx.at,
    ...(ctx.latencyMs === undefined ? {} : { latencyMs: Math.max(0, ctx.latencyMs) }),
    description: q.title,
  };
}

function branchRecords(q: BranchQuestion, path: readonly string[], ctx: AnswerContext): InteractionRecord[] {
  const walk = walkBranch(q, path);
  return walk.taken.slice(ctx.fromStep ?? 0).map(({ step, option }) => ({
    ...base(q, ctx, `${ctx.mode}_${q.id}_${step.id}`),
    type: 'choice',
    options: ids(step.options),
    response: [option.id],
    correct: ids(step.options.filter((o) => o.best)),
    isSet: false,
    credit: option.best ? 1 : 0,
  }));
}

/**
 * The interactions for one answer: one for most scenarios, one per decision taken (from
 * `ctx.fromStep`) for a branching one. An answer that does not fit its question gives none.
 */
export function answerInteractions(q: Question, answer: Answer, ctx: AnswerContext): InteractionRecord[] {
  if (answer.kind !== q.kind) return [];
  if (q.kind === 'branch') return answer.kind === 'branch' ? branchRecords(q, answer.path, ctx) : [];
  const score = scoreQuestion(q, answer);
  const credit = Math.min(1, Math.max(0, score.earned));
  const record = { ...base(q, ctx, `${ctx.mode}_${q.id}`), options: ids(q.options), credit: credit < EPSILON ? 0 : credit };
  switch (answer.kind) {
    case 'single':
    case 'value':
      return [
        {
          ...record,
          type: 'choice',
          response: [answer.optionId],
          correct: ids(q.options.filter((o) => 'best' in o && o.best)),
          isSet: false,
        },
      ];
    case 'multi':
      return q.kind === 'multi'
        ? [
            {
              ...record,
              type: 'choice',
              response: [...new Set(answer.optionIds)],
              correct: ids(q.options.filter((o) => o.correct)),
              isSet: true,
            },
          ]
        : [];
    case 'rank':
      // Rank options are authored in the keyed order (content-types.ts).
      return [{ ...record, type: 'sequencing', response: answer.order, correct: ids(q.options), isSet: false }];
    default:
      return [];
  }
}

/**
 * Interactions a session may hold. SCORM 2004 requires every LMS to keep at least 250; 1.2 sets
 * no number, and the same bound keeps old LMSs (whose commits grow with every interaction) fast.
 */
export const INTERACTION_LIMIT = 250;

/** Room kept for a quiz's first check: its form, and a branching item's extra decisions. */
const reserveFor = (quizId: string): number => (quizId === 'review' ? CHECK_FORM_SIZE.review : CHECK_FORM_SIZE.module) + 2;

/**
 * Room to keep for the checks still to come: one form for every quiz of the course not yet
 * checked. Practice stops short of it, so however much a learner practises, each first check
 * is still reported (a full course at one round each needs about 205 of the 250).
 */
export function checkReserve(quizIds: readonly string[], attempts: readonly Pick<Attempt, 'quizId' | 'mode' | 'finishedAt'>[]): number {
  const checked = new Set(attempts.filter((a) => a.finishedAt && a.mode !== 'practice').map((a) => a.quizId));
  return quizIds.filter((id) => !checked.has(id)).reduce((sum, id) => sum + reserveFor(id), 0);
}

/** True when an interaction of `mode` may be written at index `n`, keeping `reserve` free for checks. */
export function hasRoomForInteraction(n: number, mode: InteractionMode, reserve = 0): boolean {
  return n < INTERACTION_LIMIT - (mode === 'practice' ? reserve : 0);
}
