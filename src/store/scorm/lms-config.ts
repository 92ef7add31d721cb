/**
 * The LMS package's settings. `scripts/package-scorm.mjs` writes them into each package's
 * `index_lms.html` as meta tags, so one build serves every package:
 *   <meta name="scorm-version" content="1.2">          which API to look for (1.2 or 2004)
 *   <meta name="lms-modules" content="voluntary,review"> quizzes that count (default: all + review)
 *   <meta name="lms-pass-mark" content="80">           pass mark, or "none" for completion only
 *   <meta name="lms-score" content="running">          report the mean score from the first finished
 *                                                      quiz (default: only once all are finished)
 */
import type { ScormVersion } from './find-api';

/** Settings for one package. */
export interface LmsConfig {
  /** The SCORM version the package was built for; undefined accepts either. */
  version?: ScormVersion;
  /** Quiz ids that count for completion, in course order. */
  quizzes: string[];
  /** Pass mark (whole percent), or null when the course is only completed. */
  passMark: number | null;
  /** When the score is reported: once the course is finished (`final`), or as it goes (`running`). */
  scoreMode: 'final' | 'running';
}

/** Raw meta values; absent ones are undefined. */
export interface LmsMeta {
  version?: string;
  modules?: string;
  passMark?: string;
  score?: string;
}

/** Reads the package's meta tags from a document. */
export function readLmsMeta(doc: Document): LmsMeta {
  const meta = (name: string) => doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
  return { version: meta('scorm-version'), modules: meta('lms-modules'), passMark: meta('lms-pass-mark'), score: meta('lms-score') };
}

/**
 * Validates the meta values against the course. Unknown module ids are ignored (and if none is
 * left, every quiz counts); a pass mark that is not a whole number from 0 to 100 gives the
 * course's own, so a typo can never pass a learner by mistake.
 */
export function parseLmsConfig(meta: LmsMeta, allQuizzes: readonly string[], defaultPassMark: number): LmsConfig {
  const version = meta.version === '1.2' || meta.version === '2004' ? meta.version : undefined;
  const wanted = new Set((meta.modules ?? '').split(',').map((id) => id.trim()));
  const chosen = allQuizzes.filter((id) => wanted.has(id));
  const text = meta.passMark?.trim();
  const passMark = text === 'none' ? null : text && /^\d{1,3}$/.test(text) && Number(text) <= 100 ? Number(text) : defaultPassMark;
  // Anything but an exact "running" keeps the default: no grade until the course is finished.
  const scoreMode = meta.score?.trim() === 'running' ? 'running' : 'final';
  return { ...(version ? { version } : {}), quizzes: chosen.length > 0 ? chosen : [...allQuizzes], passMark, scoreMode };
}
