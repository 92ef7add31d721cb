import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { allQuizzes, course, loadQuestions } from '../../course/course-data';
import type { Question } from '../../domain/content/content-types';
import type { summarizeAttempts as SummarizeAttempts } from '../../domain/progress/attempt-summary';
import type { AttemptSummary } from '../../domain/progress/attempt-summary';
import { moduleStatus, type ModuleStatus } from '../../domain/progress/module-status';
import { useProgress } from '../../store/progress-store';

/** A module's status with its derived scores. */
export interface ModuleProgress {
  /** Module id. */
  id: string;
  /** Where the learner stands. */
  status: ModuleStatus;
  /** Attempt scores, once the scenarios are loaded. */
  summary?: AttemptSummary;
}

/**
 * Status of every module, derived from saved answers with the scoring module. Scenario banks and
 * the scoring code are loaded only for quizzes the learner has attempted, so a first visit loads
 * neither (the first-visit bundle budget, issue #8).
 */
export function useCourseStatus(): { modules: ModuleProgress[]; review?: AttemptSummary; isLoading: boolean; loadError: boolean } {
  const progress = useProgress(useShallow((s) => ({ lessonsRead: s.lessonsRead, attempts: s.attempts, reflections: s.reflections })));
  // Only quizzes the course still has: an attempt at a removed one (kept from an older version
  // or a backup) has no scenarios to load, and would otherwise leave scores "loading" forever.
  const attempted = useMemo(
    () =>
      [...new Set(progress.attempts.filter((a) => a.finishedAt && allQuizzes.some((q) => q.id === a.quizId)).map((a) => a.quizId))]
        .sort()
        .join(','),
    [progress.attempts],
  );
  const [banks, setBanks] = useState<Record<string, Question[]>>({});
  const [loadError, setLoadError] = useState(false);
  const [summarizeAttempts, setSummarizeAttempts] = useState<typeof SummarizeAttempts>();
  const setAsideUnknownAnswers = useProgress((s) => s.setAsideUnknown);

  useEffect(() => {
    let live = true;
    const wanted = allQuizzes.filter((q) => attempted.split(',').includes(q.id));
    const scoring = wanted.length > 0 ? import('../../domain/progress/attempt-summary') : undefined;
    Promise.all([scoring, Promise.all(wanted.map((q) => loadQuestions(q).then((questions) => [q.id, questions] as const)))])
      .then(([summaries, entries]) => {
        // After a content update, answers to scenarios that no longer exist are set aside
        // (kept, never scored) so statuses are recomputed from what the course still has.
        setAsideUnknownAnswers(
          new Map(entries.map(([id, qs]) => [id, new Set(qs.map((q) => q.id))])),
          new Set(allQuizzes.map((q) => q.id)),
        );
        if (!live) return;
        setBanks(Object.fromEntries(entries));
        if (summaries) setSummarizeAttempts(() => summaries.summarizeAttempts);
      })
      .catch(() => live && setLoadError(true));
    return () => {
      live = false;
    };
  }, [attempted, setAsideUnknownAnswers]);

  const isLoading = attempted !== '' && (!summarizeAttempts || attempted.split(',').some((id) => !banks[id])) && !loadError;
  const summarize = (id: string) => {
    const questions = banks[id];
    return questions && summarizeAttempts ? summarizeAttempts(progress, id, questions, course.passMark) : undefined;
  };
  const modules = course.modules.map((m) => {
    const summary = summarize(m.id);
    return { id: m.id, status: moduleStatus(progress, m.id, summary), summary };
  });
  return { modules, review: summarize(course.review.id), isLoading, loadError };
}
