import { useMemo } from 'react';
import { allQuizzes, course } from '../../course/course-data';
import { courseScope } from '../../course/course-scope';
import { useLoaded } from '../../course/use-loaded';
import { useQuestionBanks } from '../../course/use-question-banks';
import type { AttemptSummary } from '../../domain/progress/attempt-summary';
import type * as ScoringCode from '../../domain/progress/attempt-summary';
import type { Attempt, Progress } from '../../domain/progress/progress-model';
import type { KeyedQuestion } from '../../domain/content/content-types';
import type { QuizScore } from '../../domain/scoring/score-quiz';
import { moduleStage, type ModuleStage } from '../../domain/progress/module-stage';
import { moduleStatus, type ModuleStatus } from '../../domain/progress/module-status';
import { useProgress } from '../../store/progress-store';

/** A module's status with its derived scores. */
export interface ModuleProgress {
  /** Module id. */
  id: string;
  /** Where the learner stands. */
  status: ModuleStatus;
  /** Where the learner is on the module's path, for its card (refines `status`). */
  stage: ModuleStage;
  /** Attempt scores, once the scenarios are loaded. */
  summary?: AttemptSummary;
  /** The best score to show beside the status: left out when the pass was earned on earlier content. */
  bestPercent?: number;
}

/**
 * Each finished attempt's score, kept for the page's life. A finished attempt never changes (an
 * edit makes a new object), so the header and the home page score each attempt once, instead of
 * the whole history again on every answer given and every scenario bank that arrives.
 */
const scores = new WeakMap<Attempt, { bank: readonly KeyedQuestion[]; passMark: number; score: QuizScore }>();

function scoreOnce(
  attempt: Attempt,
  bank: readonly KeyedQuestion[],
  passMark: number,
  score: (attempt: Attempt, bank: readonly KeyedQuestion[], passMark: number) => QuizScore,
): QuizScore {
  const kept = scores.get(attempt);
  if (kept && kept.bank === bank && kept.passMark === passMark) return kept.score;
  const fresh = score(attempt, bank, passMark);
  scores.set(attempt, { bank, passMark, score: fresh });
  return fresh;
}

/**
 * Whether two attempt lists say the same about course status. Only finished attempts are scored
 * (summarizeAttempts); an open one counts only as a quiz started, in a mode. So an answer given in
 * an open attempt changes no status.
 */
function isSameForStatus(a: readonly Attempt[], b: readonly Attempt[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      return x === y || (y !== undefined && !x.finishedAt && !y.finishedAt && x.id === y.id && x.quizId === y.quizId && x.mode === y.mode);
    })
  );
}

let statusAttempts: Attempt[] = [];

/**
 * The attempts as status reads them: the last list returned while only open attempts' answers
 * changed, so the header (always on screen) does not re-render and re-derive the course's status
 * on every answer given (issue #16).
 */
function selectStatusAttempts(s: Pick<Progress, 'attempts'>): Attempt[] {
  if (s.attempts !== statusAttempts && !isSameForStatus(s.attempts, statusAttempts)) statusAttempts = s.attempts;
  return statusAttempts;
}

/** The scoring code, once it has loaded: a page coming back scores at once. */
let scoringCode: typeof ScoringCode | undefined;

/**
 * Status of every module of this course (course-scope.ts), derived from saved answers with the scoring module. Scenario banks and
 * the scoring code are loaded only for quizzes the learner has attempted, so a first visit loads
 * neither (the first-visit bundle budget). Reading only: answers a content update made unknown
 * are set aside by an action at start-up (src/course/reconcile-progress.ts), not here.
 */
export function useCourseStatus(): { modules: ModuleProgress[]; review?: AttemptSummary; isLoading: boolean; loadError: boolean } {
  // Six narrow selectors rather than useShallow: the same re-renders, and zustand's shallow
  // helper stays out of the first-visit bundle.
  const lessonsRead = useProgress((s) => s.lessonsRead);
  const lessonsOpened = useProgress((s) => s.lessonsOpened);
  const attempts = useProgress(selectStatusAttempts);
  const reflections = useProgress((s) => s.reflections);
  const earlierPasses = useProgress((s) => s.earlierPasses);
  const lastLocation = useProgress((s) => s.lastLocation);
  const progress = useMemo(
    () => ({ lessonsRead, lessonsOpened, attempts, reflections, earlierPasses, lastLocation }),
    [lessonsRead, lessonsOpened, attempts, reflections, earlierPasses, lastLocation],
  );
  // Only quizzes the course still has: an attempt at a removed one (kept from an older version
  // or a backup) has no scenarios to load, and would otherwise leave scores "loading" forever.
  const attempted = useMemo(
    () => [...new Set(progress.attempts.filter((a) => a.finishedAt && allQuizzes.some((q) => q.id === a.quizId)).map((a) => a.quizId))],
    [progress.attempts],
  );
  const { banks, ready, failed } = useQuestionBanks(attempted);
  const scoring = useLoaded(
    attempted.length > 0 ? 'scoring' : 'none',
    () =>
      attempted.length > 0
        ? import('../../domain/progress/attempt-summary').then((code) => (scoringCode = code))
        : Promise.resolve(undefined),
    () => (attempted.length > 0 ? scoringCode : undefined),
  );
  const summaries = scoring.state.status === 'ready' ? scoring.state.value : undefined;
  const loadError = failed.length > 0 || scoring.state.status === 'failed';
  const isLoading = attempted.length > 0 && (!ready || !summaries) && !loadError;
  const summarize = (id: string) => {
    const questions = banks.get(id);
    if (!questions || !summaries) return undefined;
    return summaries.summarizeAttempts(progress, id, questions, course.passMark, (attempt, bank, passMark) =>
      scoreOnce(attempt, bank, passMark, summaries.scoreAttempt),
    );
  };
  const modules = courseScope().modules.map((m) => {
    const summary = summarize(m.id);
    const status = moduleStatus(progress, m.id, summary);
    // A pass kept from earlier content stands on its own; a lower score on today's items beside
    // "Passed" would read as a contradiction.
    const best = summary?.best;
    const bestPercent = best && (status !== 'passed' || best.score.passed) ? best.score.percent : undefined;
    const stage = moduleStage(progress, m.id, status, summary !== undefined);
    return { id: m.id, status, stage, summary, bestPercent };
  });
  return { modules, review: summarize(course.review.id), isLoading, loadError };
}
