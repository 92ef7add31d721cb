/**
 * Each quiz's pass, written apart from the attempts that earned it, so it outlives them: a
 * content update makes saved answers unreadable (their bank fingerprint no longer matches), and
 * the pass must not go with them. Two maps of `"<percent>~<at>~<content version>"`:
 * - `p`: quizzes passed by a check on the content the package was built with. Read back only
 *   when that quiz's answers could not be (then it becomes a pass on earlier content);
 * - `e`: passes already kept from earlier content (progress.earlierPasses), always read back.
 */
import type { Question } from '../content/content-types';
import { summarizeAttempts } from '../progress/attempt-summary';
import type { EarlierPass, Progress } from '../progress/progress-model';

/** Pass records by quiz id. */
export type Passes = Record<string, EarlierPass>;

/** The quizzes passed by a check, with the best passing check's percent and time. */
export function checkPasses(
  progress: Pick<Progress, 'attempts'>,
  banks: Readonly<Record<string, readonly Question[]>>,
  passMark: number,
  contentVersion: string,
): Passes {
  const out: Passes = {};
  for (const [quizId, questions] of Object.entries(banks)) {
    const best = summarizeAttempts(progress, quizId, questions, passMark).best;
    if (best?.score.passed && best.attempt.finishedAt)
      out[quizId] = { percent: best.score.percent, at: best.attempt.finishedAt, contentVersion };
  }
  return out;
}

/** Passes as suspend-data text; `rel` turns an ISO time into the base-36 offset. */
export function passesToText(passes: Passes, rel: (iso: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(passes).map(([id, p]) => [id, `${p.percent}~${rel(p.at)}~${p.contentVersion}`]));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads passes back as unvalidated records for restoreProgress (which checks every field). */
export function passesFromText(raw: unknown, time: (v: unknown) => string | undefined): Record<string, unknown> {
  if (!isRecord(raw)) return {};
  const out: Record<string, unknown> = {};
  for (const [id, text] of Object.entries(raw)) {
    if (typeof text !== 'string' || ['__proto__', 'constructor', 'prototype'].includes(id)) continue;
    const [percent = '', at = '', contentVersion = ''] = text.split('~');
    out[id] = { percent: /^\d{1,3}$/.test(percent) ? Number(percent) : Number.NaN, at: time(at), contentVersion };
  }
  return out;
}
