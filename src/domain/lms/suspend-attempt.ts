/**
 * One quiz attempt in LMS suspend data: `id~seed~started~finished~answers~mode` (suspend-data.ts).
 * Answers are tokens in the bank's question order, comma-separated, trailing blanks trimmed.
 * The mode field is `c` (check) or `p` (practice) followed by the items' places in the bank in
 * base 36, dot-separated (the letter alone: no item list, i.e. the whole practice pool); empty or
 * missing (data written before the split) is a whole-bank quiz, or practice if unfinished.
 * Attempt ids made by the store (`<quiz>-<start in base 36>-<suffix>`) are written as the suffix
 * alone; any other id is written whole after `=`.
 */
import type { Question } from '../content/content-types';
import type { Attempt } from '../progress/progress-model';
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
    modeToText(attempt, questions),
  ];
  while (fields.at(-1) === '') fields.pop();
  return { text: fields.join('~'), dropped };
}

function modeToText(attempt: Attempt, questions: readonly Question[]): string {
  if (attempt.mode === 'quiz') return '';
  const letter = attempt.mode === 'check' ? 'c' : 'p';
  if (!attempt.items) return letter;
  const places = attempt.items.map((id) => questions.findIndex((q) => q.id === id)).filter((i) => i >= 0);
  return letter + places.map((i) => i.toString(36)).join('.');
}

function modeFromText(text: string, questions: readonly Question[], finished: boolean): { mode: string; items?: string[] } {
  // Written before the split: a finished attempt was a whole-bank quiz (it still counts); an
  // unfinished one continues as practice, as the saved-progress migration does.
  if (text === '') return finished ? { mode: 'quiz' } : { mode: 'practice' };
  const mode = text[0] === 'c' ? 'check' : text[0] === 'p' ? 'practice' : '?';
  const rest = text.slice(1);
  if (rest === '') return { mode };
  // An unreadable place becomes an unreadable id, so restore reports it rather than guessing.
  const items = rest.split('.').map((place) => (/^[0-9a-z]{1,2}$/.test(place) ? (questions[parseInt(place, 36)]?.id ?? '?') : '?'));
  return { mode, items };
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
  const [idPart = '', seed = '', started = '', finished = '', tokens = '', mode = ''] = text.split('~');
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
    ...modeFromText(mode, questions, finished !== ''),
    answers,
  };
}
