/**
 * One quiz attempt in LMS suspend data: `id~seed~started~finished~answers` (suspend-data.ts).
 * Answers are tokens in the bank's question order, comma-separated, trailing blanks trimmed.
 * Attempt ids made by the store (`<quiz>-<start in base 36>-<suffix>`) are written as the suffix
 * alone; any other id is written whole after `=`.
 */
import type { Question } from '../content/content-types';
import type { Attempt } from '../progress/progress-model';
import { scoreQuiz } from '../scoring/score-quiz';
import { decodeAnswer, encodeAnswer } from './suspend-answers';

const idPrefix = (quizId: string, startedAt: string): string => `${quizId}-${Date.parse(startedAt).toString(36)}-`;

/** Writes an attempt; `rel` turns an ISO time into the base-36 offset. Counts unwritable answers. */
export function attemptToText(
  attempt: Attempt,
  questions: readonly Question[],
  rel: (iso: string) => string,
): { text: string; dropped: number } {
  const prefix = idPrefix(attempt.quizId, attempt.startedAt);
  const id = attempt.id.startsWith(prefix) && attempt.id.length > prefix.length ? attempt.id.slice(prefix.length) : `=${attempt.id}`;
  let dropped = Object.keys(attempt.answers).filter((qid) => !questions.some((q) => q.id === qid)).length;
  const tokens = questions.map((q) => {
    const answer = Object.hasOwn(attempt.answers, q.id) ? attempt.answers[q.id] : undefined;
    if (!answer) return '';
    const token = encodeAnswer(q, answer);
    if (token === null) dropped += 1;
    return token ?? '';
  });
  while (tokens.at(-1) === '') tokens.pop();
  const fields = [
    id,
    (attempt.seed >>> 0).toString(36),
    rel(attempt.startedAt),
    attempt.finishedAt ? rel(attempt.finishedAt) : '',
    tokens.join(','),
  ];
  return { text: fields.join('~'), dropped };
}

/**
 * Reads an attempt back as an unvalidated record for `restoreAttempt`: an unreadable token
 * becomes a null answer there, so it is reported and left out rather than silently lost.
 */
export function attemptFromText(
  text: string,
  quizId: string,
  questions: readonly Question[],
  time: (v: unknown) => string | undefined,
): unknown {
  const [idPart = '', seed = '', started = '', finished = '', tokens = ''] = text.split('~');
  const startedAt = time(started);
  const id = idPart.startsWith('=') ? idPart.slice(1) : startedAt && idPart ? `${idPrefix(quizId, startedAt)}${idPart}` : '';
  const answers: Record<string, unknown> = {};
  tokens.split(',').forEach((token, i) => {
    const q = questions[i];
    if (q && token) answers[q.id] = decodeAnswer(q, token);
  });
  return {
    id,
    quizId,
    seed: /^[0-9a-z]{1,7}$/.test(seed) ? parseInt(seed, 36) : Number.NaN,
    startedAt,
    ...(finished ? { finishedAt: time(finished) } : {}),
    answers,
  };
}

/**
 * The attempts that must be kept for one quiz, in SCORM 1.2's 4,096 characters too: the open one
 * (answers being given) and the best finished (what status and score rest on). The latest
 * finished comes next, if there is room (suspend-data.ts), then older history.
 */
export function attemptsToKeep(attempts: readonly Attempt[], questions: readonly Question[]): Set<Attempt> {
  const keep = new Set<Attempt>();
  const open = attempts.findLast((a) => !a.finishedAt);
  if (open) keep.add(open);
  let best: { attempt: Attempt; percent: number } | undefined;
  for (const attempt of attempts) {
    if (!attempt.finishedAt) continue;
    const percent = scoreQuiz(questions, attempt.answers, 100).percent;
    if (!best || percent >= best.percent) best = { attempt, percent };
  }
  if (best) keep.add(best.attempt);
  return keep;
}
