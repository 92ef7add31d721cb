import { useEffect, useState } from 'react';
import type { Question } from '../domain/content/content-types';
import { findQuiz, loadQuestions } from './course-data';

/** Loaded scenario banks by quiz id, and whether loading has finished. */
export interface QuestionBanks {
  /** Questions per quiz id, for every id that loaded. */
  banks: ReadonlyMap<string, readonly Question[]>;
  /** True once every requested bank has loaded or failed. */
  ready: boolean;
  /** Ids that are not in this course or whose chunk failed to load (e.g. offline). */
  failed: string[];
}

const NONE: ReadonlyMap<string, readonly Question[]> = new Map();

/**
 * Loads the scenario banks for some quiz ids (each its own chunk, shared through the bridge's
 * cache), for features that derive scores: assignments, receipts, the roster, certificates.
 */
export function useQuestionBanks(ids: readonly string[]): QuestionBanks {
  const key = [...new Set(ids)].sort().join(',');
  const [loaded, setLoaded] = useState<{ key: string; banks: ReadonlyMap<string, readonly Question[]>; failed: string[] } | null>(null);
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    void Promise.all(
      wanted.map(async (id) => {
        const quiz = findQuiz(id);
        return [id, quiz ? await loadQuestions(quiz).catch(() => null) : null] as const;
      }),
    ).then((results) => {
      if (!live) return;
      const banks = new Map<string, readonly Question[]>();
      for (const [id, questions] of results) if (questions) banks.set(id, questions);
      setLoaded({ key, banks, failed: results.filter(([, q]) => !q).map(([id]) => id) });
    });
    return () => {
      live = false;
    };
  }, [key]);
  if (key === '') return { banks: NONE, ready: true, failed: [] };
  return loaded?.key === key ? { banks: loaded.banks, ready: true, failed: loaded.failed } : { banks: NONE, ready: false, failed: [] };
}
