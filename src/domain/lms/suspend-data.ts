/**
 * Progress as LMS suspend data: a compact, versioned JSON string the LMS keeps between sessions
 * (SCORM 1.2 allows only 4096 characters; 2004 allows 64000). Decoding goes through
 * `restoreProgress`, because what an LMS hands back is untrusted input.
 *
 * ⚠ FORMAT v1 (docs/decisions/0006-lms-packages.md, 0012-lms-reporting.md). Change it only by
 * adding a version and keeping a decoder for every older one: learners' LMS records hold this
 * text for years. Fields added since (`o`, `p`, `e`, an attempt's mode) are optional and ignored
 * by older decoders, which is why the version did not change.
 *
 *   {"v":1,"t":"<base time>","u":"<updated>","n":"<name>","r":{"<module>":"<read at>"},
 *    "o":{"<module>":"<opened at>"},"p":{"<quiz>":"<pass>"},"e":{"<quiz>":"<pass>"},
 *    "q":{"<quiz>":"<bank fingerprint>|<attempt>|<attempt>"}}
 *
 * Times are milliseconds after `t`, in base 36. An attempt is `id~seed~started~finished~answers~mode`
 * (suspend-attempt.ts); its id is shortened when it has the store's usual form. `p` and `e` are
 * passes kept apart from the answers that earned them (suspend-passes.ts). `o` holds lessons
 * opened but not read: what keeps such a module "reading" on home. A lesson read is in `r`, and
 * its opened time is left out (its stage rests on the read mark alone), so every module is in
 * `r` or `o`, never both: noting openings costs SCORM 1.2's 4096 characters nothing beyond what
 * every lesson read already took.
 * Left out on purpose: reflections (private journal text an LMS administrator could read),
 * accepted assignment links (the LMS assigns instead), set-aside answers (they cannot be written
 * against the current scenarios), the last location (the LMS bookmark holds it) and finished
 * practice rounds (practice decides nothing; suspend-select.ts).
 * What is kept, in priority order, is in `encodeSuspendData`.
 */
import type { Question } from '../content/content-types';
import type { Attempt, Progress } from '../progress/progress-model';
import { restoreProgress, type Restored } from '../progress/progress-restore';
import { attemptFromText, attemptToText } from './suspend-attempt';
import { checkPasses, passesFromText, passesToText } from './suspend-passes';
import { planAttempts } from './suspend-select';
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
  /** Attempts not written: history left out for space, finished practice, attempts at quizzes not in `banks`. */
  droppedAttempts: number;
  /** False when the learner's name was left out for space. */
  hasName: boolean;
  /** Answers that could not be written against the current scenarios. */
  droppedAnswers: number;
}

const ms = (iso: string): number => Date.parse(iso);

/** A content version as written with passes (`~` separates fields there). */
const versionText = (version: string | undefined): string => (version ?? '').replace(/~/g, '-').slice(0, 40) || 'unknown';

// Control characters never belong in a name, and each would cost six characters of JSON.
const printable = (text: string): string => [...text].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f).join('');

/** What the encoder needs besides progress. */
export interface SuspendOptions {
  /** The pass mark in force: quizzes passed by a check are also written apart (suspend-passes.ts). */
  passMark?: number;
  /** The content version the package was built with, written with those passes. */
  contentVersion?: string;
}

/** One attempt as written. */
interface Entry {
  /** Its quiz. */
  quizId: string;
  /** Its text. */
  text: string;
  /** Its place among the quiz's attempts, so kept ones are written in their order. */
  order: number;
  /** When it started (ms), for "newest first". */
  at: number;
}

/**
 * Encodes progress as suspend data of at most `maxChars` characters when it can, keeping in
 * this order (issue #17): the open attempts and each quiz's best check, lessons read and opened,
 * and passes (together, what the status and each module's stage rest on); then the learner's name; then older checks, each quiz's
 * latest first, then newest first. Finished practice rounds are never written.
 */
export function encodeSuspendData(progress: Progress, banks: SuspendBanks, maxChars: number, options: SuspendOptions = {}): EncodedSuspend {
  const opened = Object.entries(progress.lessonsOpened).filter(([id]) => !Object.hasOwn(progress.lessonsRead, id));
  const times = [
    ...Object.values(progress.lessonsRead),
    ...opened.map(([, at]) => at),
    ...Object.values(progress.earlierPasses).map((p) => p.at),
    progress.updatedAt,
    ...progress.attempts.flatMap((a) => [a.startedAt, a.finishedAt ?? '']),
  ]
    .map(ms)
    .filter(Number.isFinite);
  const base = times.length > 0 ? Math.min(...times) : 0;
  const rel = (iso: string): string => (Number.isFinite(ms(iso)) ? (ms(iso) - base).toString(36) : '');
  let droppedAnswers = 0;
  const fingerprints: Record<string, string> = {};
  const chosen = new Set<Entry>();
  const latest: Entry[] = [];
  const older: Entry[] = [];
  for (const [quizId, questions] of Object.entries(banks)) {
    const attempts = progress.attempts.filter((a) => a.quizId === quizId);
    if (attempts.length === 0) continue;
    fingerprints[quizId] = bankFingerprint(questions);
    const write = (attempt: Attempt): Entry & { dropped: number } => {
      const { text, dropped } = attemptToText(attempt, questions, rel);
      return { quizId, text, dropped, order: attempts.indexOf(attempt), at: ms(attempt.startedAt) };
    };
    const plan = planAttempts(attempts, quizId, questions);
    for (const entry of plan.required.map(write)) {
      droppedAnswers += entry.dropped;
      chosen.add(entry);
    }
    plan.history.forEach((attempt, i) => (i === 0 ? latest : older).push(write(attempt)));
  }
  const passes = options.passMark === undefined ? {} : checkPasses(progress, banks, options.passMark, versionText(options.contentVersion));
  const name = printable(progress.learnerName);
  const build = (withName: boolean): string => {
    const q: Record<string, string> = {};
    for (const [quizId, fingerprint] of Object.entries(fingerprints)) {
      const kept = [...chosen].filter((e) => e.quizId === quizId).sort((x, y) => x.order - y.order);
      if (kept.length > 0) q[quizId] = [fingerprint, ...kept.map((e) => e.text)].join('|');
    }
    const p = passesToText(passes, rel);
    const e = passesToText(progress.earlierPasses, rel);
    return JSON.stringify({
      v: SUSPEND_DATA_VERSION,
      t: base.toString(36),
      u: rel(progress.updatedAt),
      ...(withName && name ? { n: name } : {}),
      r: Object.fromEntries(Object.entries(progress.lessonsRead).map(([id, at]) => [id, rel(at)])),
      ...(opened.length > 0 ? { o: Object.fromEntries(opened.map(([id, at]) => [id, rel(at)])) } : {}),
      ...(Object.keys(p).length > 0 ? { p } : {}),
      ...(Object.keys(e).length > 0 ? { e } : {}),
      q,
    });
  };
  const withName = build(true).length <= maxChars;
  // History while it fits. Each adds exactly its text and one `|`: attempt texts use only
  // characters JSON never escapes. Stop at the first that does not fit, so what is kept is
  // always the most recent.
  let length = build(withName).length;
  for (const extra of [...latest, ...older.sort((x, y) => y.at - x.at)]) {
    if (length + extra.text.length + 1 > maxChars) break;
    chosen.add(extra);
    length += extra.text.length + 1;
  }
  const text = build(withName);
  return {
    text,
    fits: text.length <= maxChars,
    kept: chosen.size,
    droppedAttempts: progress.attempts.length - chosen.size,
    hasName: withName || name === '',
    droppedAnswers,
  };
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
  const marks = (v: unknown) => (isRecord(v) ? Object.fromEntries(Object.entries(v).map(([id, at]) => [id, time(at)])) : undefined);
  const lessonsRead = marks(parsed.r);
  const lessonsOpened = marks(parsed.o);
  const attempts: unknown[] = [];
  const unreadable = new Set<string>();
  for (const [quizId, packed] of Object.entries(isRecord(parsed.q) ? parsed.q : {})) {
    const questions = Object.hasOwn(banks, quizId) ? banks[quizId] : undefined;
    const [fingerprint, ...items] = typeof packed === 'string' ? packed.split('|') : [];
    if (!questions || fingerprint !== bankFingerprint(questions)) {
      problems.push(`Saved answers to "${quizId.slice(0, 40)}" were for a different version of its scenarios and were left out.`);
      unreadable.add(quizId);
      continue;
    }
    for (const item of items) attempts.push(attemptFromText(item, quizId, questions, time));
  }
  // Attempts are kept oldest first across quizzes, as the store appends them.
  const ordered = attempts
    .map((a, i) => ({ a, i, at: isRecord(a) && typeof a.startedAt === 'string' ? a.startedAt : '' }))
    .sort((x, y) => x.at.localeCompare(y.at) || x.i - y.i);
  // A pass whose answers could not be read back is kept as a pass on earlier content.
  const earlierPasses = passesFromText(parsed.e, time);
  for (const [quizId, pass] of Object.entries(passesFromText(parsed.p, time)))
    if (unreadable.has(quizId) && !Object.hasOwn(earlierPasses, quizId)) earlierPasses[quizId] = pass;
  const raw = {
    lessonsRead,
    lessonsOpened,
    attempts: ordered.map((o) => o.a),
    earlierPasses,
    learnerName: typeof parsed.n === 'string' ? parsed.n : '',
    updatedAt: time(parsed.u) ?? '',
  };
  const restored = restoreProgress(raw);
  return { progress: restored.progress, problems: [...problems, ...restored.problems] };
}
