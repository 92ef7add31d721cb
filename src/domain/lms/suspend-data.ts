/**
 * Progress as LMS suspend data: a compact, versioned JSON string the LMS keeps between sessions
 * (SCORM 1.2 allows only 4096 characters; 2004 allows 64000). Decoding goes through
 * `restoreProgress`, because what an LMS hands back is untrusted input.
 *
 * ⚠ FORMAT v1 (docs/decisions/0006-lms-packages.md). Change it only by adding a version and
 * keeping a decoder for every older one: learners' LMS records hold this text for years.
 *
 *   {"v":1,"t":"<base time>","u":"<updated>","n":"<name>","r":{"<module>":"<read at>"},
 *    "q":{"<quiz>":"<bank fingerprint>|<attempt>|<attempt>"}}
 *
 * Times are milliseconds after `t`, in base 36. An attempt is `id~seed~started~finished~answers`
 * (suspend-answers.ts); its id is shortened when it has the store's usual form.
 * Left out on purpose: reflections (private journal text an LMS administrator could read),
 * accepted assignment links (the LMS assigns instead), set-aside answers (they cannot be written
 * against the current scenarios) and the last location (the LMS bookmark holds it).
 * Kept for every quiz: the open attempt and the best finished one; then, while they fit in
 * `maxChars`, each quiz's latest finished attempt, then older attempts newest first.
 */
import type { Question } from '../content/content-types';
import type { Progress } from '../progress/progress-model';
import { restoreProgress, type Restored } from '../progress/progress-restore';
import { attemptFromText, attemptsToKeep, attemptToText } from './suspend-attempt';
import { bankFingerprint } from './suspend-answers';

/** Scenarios by quiz id (module ids and `review`): what answer positions are read against. */
export type SuspendBanks = Readonly<Record<string, readonly Question[]>>;

/** The format version written by `encodeSuspendData`. */
const SUSPEND_DATA_VERSION = 1;

/** SCORM 1.2's limit on `cmi.suspend_data`, in characters. */
export const SCORM12_SUSPEND_LIMIT = 4096;

/** SCORM 2004's limit on `cmi.suspend_data`, in characters. */
export const SCORM2004_SUSPEND_LIMIT = 64_000;

/** The result of encoding. */
export interface EncodedSuspend {
  /** The suspend data text. */
  text: string;
  /** True when `text` is within the limit asked for. */
  fits: boolean;
  /** Attempts written. */
  kept: number;
  /** Older finished attempts left out for space, and attempts at quizzes not in `banks`. */
  droppedAttempts: number;
  /** Answers that could not be written against the current scenarios. */
  droppedAnswers: number;
}

const ms = (iso: string): number => Date.parse(iso);

// Control characters never belong in a name, and each would cost six characters of JSON.
const printable = (text: string): string => [...text].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f).join('');

/** Encodes progress as suspend data of at most `maxChars` characters when it can. */
export function encodeSuspendData(progress: Progress, banks: SuspendBanks, maxChars: number): EncodedSuspend {
  const times = [
    ...Object.values(progress.lessonsRead),
    progress.updatedAt,
    ...progress.attempts.flatMap((a) => [a.startedAt, a.finishedAt ?? '']),
  ]
    .map(ms)
    .filter(Number.isFinite);
  const base = times.length > 0 ? Math.min(...times) : 0;
  const rel = (iso: string): string => (Number.isFinite(ms(iso)) ? (ms(iso) - base).toString(36) : '');
  let droppedAnswers = 0;
  let droppedAttempts = 0;
  const quizzes: {
    id: string;
    fingerprint: string;
    entries: { at: number; text: string; required: boolean; finished: boolean; order: number }[];
  }[] = [];
  for (const [quizId, questions] of Object.entries(banks)) {
    const attempts = progress.attempts.filter((a) => a.quizId === quizId);
    if (attempts.length === 0) continue;
    const required = attemptsToKeep(attempts, questions);
    const entries = attempts.map((attempt, order) => {
      const written = attemptToText(attempt, questions, rel);
      droppedAnswers += required.has(attempt) ? written.dropped : 0;
      return {
        at: ms(attempt.startedAt),
        text: written.text,
        required: required.has(attempt),
        finished: Boolean(attempt.finishedAt),
        order,
      };
    });
    quizzes.push({ id: quizId, fingerprint: bankFingerprint(questions), entries });
  }
  droppedAttempts += progress.attempts.filter((a) => !Object.hasOwn(banks, a.quizId)).length;

  const chosen = new Set(quizzes.flatMap((q) => q.entries.filter((e) => e.required)));
  const build = (): string => {
    const q: Record<string, string> = {};
    for (const quiz of quizzes) {
      const kept = quiz.entries.filter((e) => chosen.has(e)).sort((x, y) => x.order - y.order);
      if (kept.length > 0) q[quiz.id] = [quiz.fingerprint, ...kept.map((e) => e.text)].join('|');
    }
    const r = Object.fromEntries(Object.entries(progress.lessonsRead).map(([id, at]) => [id, rel(at)]));
    const name = printable(progress.learnerName);
    return JSON.stringify({
      v: SUSPEND_DATA_VERSION,
      t: base.toString(36),
      u: rel(progress.updatedAt),
      ...(name ? { n: name } : {}),
      r,
      q,
    });
  };
  // Older attempts, newest first, while they fit. Each adds exactly its text and one `|`:
  // attempt texts use only characters JSON never escapes.
  let length = build().length;
  // Each quiz's latest finished attempt comes before older history (newest first within each).
  const latestOf = new Set(quizzes.map((q) => q.entries.findLast((e) => e.finished)));
  const extras = quizzes
    .flatMap((q) => q.entries.filter((e) => !e.required))
    .sort((x, y) => Number(latestOf.has(y)) - Number(latestOf.has(x)) || y.at - x.at);
  let taken = 0;
  for (const extra of extras) {
    // Stop at the first that does not fit, so what is kept is always the most recent history.
    if (length + extra.text.length + 1 > maxChars) break;
    chosen.add(extra);
    length += extra.text.length + 1;
    taken += 1;
  }
  droppedAttempts += extras.length - taken;
  const text = build();
  return { text, fits: text.length <= maxChars, kept: chosen.size, droppedAttempts, droppedAnswers };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const BASE36 = /^[0-9a-z]{1,12}$/;

/** Reads suspend data back into progress, keeping every valid part and saying what was not. */
export function decodeSuspendData(text: string, banks: SuspendBanks): Restored {
  if (text === '') return restoreProgress(undefined);
  let parsed: unknown;
  try {
    parsed = text.length <= SCORM2004_SUSPEND_LIMIT * 2 ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!isRecord(parsed) || typeof parsed.v !== 'number')
    return { ...restoreProgress(undefined), problems: ['The progress saved in your LMS could not be read, so the course started fresh.'] };
  if (parsed.v !== SUSPEND_DATA_VERSION)
    return {
      ...restoreProgress(undefined),
      problems: ['Your progress was saved by a newer version of this course and could not be read here.'],
    };
  const base = typeof parsed.t === 'string' && BASE36.test(parsed.t) ? parseInt(parsed.t, 36) : 0;
  const time = (v: unknown): string | undefined => {
    const at = typeof v === 'string' && BASE36.test(v) ? new Date(base + parseInt(v, 36)) : null;
    return at && !Number.isNaN(at.getTime()) ? at.toISOString() : undefined;
  };
  const problems: string[] = [];
  const lessonsRead = isRecord(parsed.r) ? Object.fromEntries(Object.entries(parsed.r).map(([id, at]) => [id, time(at)])) : undefined;
  const attempts: unknown[] = [];
  for (const [quizId, packed] of Object.entries(isRecord(parsed.q) ? parsed.q : {})) {
    const questions = Object.hasOwn(banks, quizId) ? banks[quizId] : undefined;
    const [fingerprint, ...items] = typeof packed === 'string' ? packed.split('|') : [];
    if (!questions || fingerprint !== bankFingerprint(questions)) {
      problems.push(`Saved answers to "${quizId.slice(0, 40)}" were for a different version of its scenarios and were left out.`);
      continue;
    }
    for (const item of items) attempts.push(attemptFromText(item, quizId, questions, time));
  }
  // Attempts are kept oldest first across quizzes, as the store appends them.
  const ordered = attempts
    .map((a, i) => ({ a, i, at: isRecord(a) && typeof a.startedAt === 'string' ? a.startedAt : '' }))
    .sort((x, y) => x.at.localeCompare(y.at) || x.i - y.i);
  const raw = {
    lessonsRead,
    attempts: ordered.map((o) => o.a),
    learnerName: typeof parsed.n === 'string' ? parsed.n : '',
    updatedAt: time(parsed.u) ?? '',
  };
  const restored = restoreProgress(raw);
  return { progress: restored.progress, problems: [...problems, ...restored.problems] };
}
