import { loadKeys } from '../course/bank-loader';
import { course, everyQuiz } from '../course/course-data';
import type { LegacyKeys } from '../domain/progress/earlier-passes';
import { holdsAnswers } from '../domain/progress/progress-model';
import { keepEarlierPasses, setAsideUnknown } from '../store/progress-edits';
import { useProgress } from '../store/progress-store';

/**
 * Keeps saved progress in step with the content, once per page load, as store actions (never as
 * a side effect of rendering; started once by CourseApp when there is saved work):
 * 1. answers given on content 1.0.0 are scored with that version's keys, and every module passed
 *    there is kept as an earlier pass (a content rewrite never takes a pass away);
 * 2. answers to scenarios the course no longer has are set aside (kept, never scored).
 * Loads only the banks of quizzes the learner has attempted, so a first visit loads nothing, and
 * only their keyed projections (ids, no words): a few KB where the scenarios are about 200 KB.
 */
export async function reconcileProgress(now: () => string = () => new Date().toISOString()): Promise<void> {
  const state = useProgress.getState();
  if (!holdsAnswers(state)) return;
  const { attempts, setAside, earlierPasses } = state;
  // Every quiz in the build, not just those this site shows: hiding a module in the settings
  // must never set a learner's answers to it aside.
  const quizIds = new Set<string>(everyQuiz.map((q) => q.id));
  const attempted = everyQuiz.filter((q) => attempts.some((a) => a.quizId === q.id));
  const known = new Map(await Promise.all(attempted.map(async (q) => [q.id, new Set((await loadKeys(q)).map((x) => x.id))] as const)));
  const isOld = (answers: object) => Object.keys(answers).some((id) => ![...known.values()].some((ids) => ids.has(id)));
  const older = [...attempts, ...setAside].filter((a) => a.finishedAt && isOld(a.answers));
  if (older.length > 0 && course.version !== '1.0.0') {
    const [{ findEarlierPasses }, legacy] = await Promise.all([
      import('../domain/progress/earlier-passes'),
      import('../../content/legacy/answer-keys-1.0.0.json').then((m) => m.default as unknown as LegacyKeys),
    ]);
    keepEarlierPasses(findEarlierPasses(older, legacy, earlierPasses), now());
  }
  setAsideUnknown(known, quizIds);
}
