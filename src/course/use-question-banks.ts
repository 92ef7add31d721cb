import type { Question } from '../domain/content/content-types';
import { everyQuiz, loadQuestions } from './course-data';
import { useLoaded } from './use-loaded';

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

/** Sets of banks that all loaded, by key: a page coming back shows them at once. A failure is tried again. */
const complete = new Map<string, { banks: ReadonlyMap<string, readonly Question[]>; failed: string[] }>();

/** Every requested bank that loads, and the ids that did not; never rejects. */
async function loadBanks(ids: string[]): Promise<{ banks: ReadonlyMap<string, readonly Question[]>; failed: string[] }> {
  const results = await Promise.all(
    ids.map(async (id) => {
      // Any quiz in the build: an assignment may name a module this site's settings hide.
      const quiz = everyQuiz.find((q) => q.id === id);
      return [id, quiz ? await loadQuestions(quiz).catch(() => null) : null] as const;
    }),
  );
  const banks = new Map<string, readonly Question[]>();
  for (const [id, questions] of results) if (questions) banks.set(id, questions);
  return { banks, failed: results.filter(([, q]) => !q).map(([id]) => id) };
}

/**
 * Loads the scenario banks for some quiz ids (each its own chunk, shared through the bridge's
 * cache), for features that derive scores: home, assignments, receipts, the roster, certificates.
 */
export function useQuestionBanks(ids: readonly string[]): QuestionBanks {
  const key = [...new Set(ids)].sort().join(',');
  const { state } = useLoaded(
    key,
    () =>
      loadBanks(key ? key.split(',') : []).then((result) => {
        if (result.failed.length === 0) complete.set(key, result);
        return result;
      }),
    () => complete.get(key),
  );
  if (key === '') return { banks: NONE, ready: true, failed: [] };
  return state.status === 'ready' ? { ...state.value, ready: true } : { banks: NONE, ready: false, failed: [] };
}
