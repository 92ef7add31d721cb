import type { KeyedQuestion } from '../domain/content/content-types';
import { poolsPresented } from '../domain/progress/attempt-pools';
import { countsTowardPass, type Attempt } from '../domain/progress/progress-model';
import { useProgress } from '../store/progress-store';
import type * as BankLoader from './bank-loader';
import { everyQuiz } from './course-data';
import { useLoaded } from './use-loaded';

/** Loaded scenario banks by quiz id, and whether loading has finished. */
export interface QuestionBanks {
  /** Questions per quiz id, for every id that loaded: enough to score the learner's checks there. */
  banks: ReadonlyMap<string, readonly KeyedQuestion[]>;
  /** True once every requested bank has loaded or failed. */
  ready: boolean;
  /** Ids that are not in this course or whose chunk failed to load (e.g. offline). */
  failed: string[];
}

const NONE: ReadonlyMap<string, readonly KeyedQuestion[]> = new Map();

/** Sets of banks that all loaded, by key: a page coming back shows them at once. A failure is tried again. */
const complete = new Map<string, { banks: ReadonlyMap<string, readonly KeyedQuestion[]>; failed: string[] }>();

/** The learner's finished attempts at a quiz that can pass it: all that status, outcomes and receipts score. */
const checksAt = (attempts: readonly Attempt[], id: string) =>
  attempts.filter((a) => a.quizId === id && a.finishedAt && countsTowardPass(a));

/** The bank loader, once it has loaded (its own chunk: a first visit has no checks to score). */
let loader: typeof BankLoader | undefined;
/** What a quiz with no finished check needs to score it: nothing, and no chunk loads for it. */
const NOTHING: readonly KeyedQuestion[] = [];

/** Each requested id with its quiz (undefined when the build has none) and the learner's finished checks there. */
function requests(ids: string[]) {
  const { attempts } = useProgress.getState();
  // Any quiz in the build: an assignment may name a module this site's settings hide.
  return ids.map((id) => ({ id, quiz: everyQuiz.find((q) => q.id === id), checks: checksAt(attempts, id) }));
}

/** The banks for `ids` when every one is already at hand (a check just taken loaded its pool), else undefined. */
function banksAtHand(ids: string[]): { banks: ReadonlyMap<string, readonly KeyedQuestion[]>; failed: string[] } | undefined {
  const banks = new Map<string, readonly KeyedQuestion[]>();
  for (const { id, quiz, checks } of requests(ids)) {
    const questions = quiz && (checks.length === 0 ? NOTHING : loader?.loadedKeysFor(quiz, checks));
    if (!questions) return undefined;
    banks.set(id, questions);
  }
  return { banks, failed: [] };
}

/** Every requested bank that loads, and the ids that did not; never rejects. */
async function loadBanks(ids: string[]): Promise<{ banks: ReadonlyMap<string, readonly KeyedQuestion[]>; failed: string[] }> {
  const results = await Promise.all(
    requests(ids).map(async ({ id, quiz, checks }) => {
      if (!quiz) return [id, null] as const;
      if (checks.length === 0) return [id, NOTHING] as const;
      const load = async () => (loader ??= await import('./bank-loader')).loadKeysFor(quiz, checks);
      return [id, await load().catch(() => null)] as const;
    }),
  );
  const banks = new Map<string, readonly KeyedQuestion[]>();
  for (const [id, questions] of results) if (questions) banks.set(id, questions);
  return { banks, failed: results.filter(([, q]) => !q).map(([id]) => id) };
}

/** poolsNeeded's answers by attempt list, then by ids: the selector runs on every store change. */
const needed = new WeakMap<readonly Attempt[], Map<string, string>>();

/**
 * Each id with the pools its finished checks present (`hopeful=check,review=practice+check`),
 * sorted: the load's key. Worked out once per attempt list and ids, not on every store change
 * and render (a seasoned learner's home has many attempts and several hooks asking).
 */
function poolsNeeded(attempts: readonly Attempt[], ids: readonly string[]): string {
  const wanted = [...new Set(ids)].sort();
  const idsKey = wanted.join(',');
  let byIds = needed.get(attempts);
  if (!byIds) needed.set(attempts, (byIds = new Map()));
  let key = byIds.get(idsKey);
  if (key === undefined) {
    key = wanted.map((id) => `${id}=${poolsPresented(checksAt(attempts, id)).join('+')}`).join(',');
    byIds.set(idsKey, key);
  }
  return key;
}

/**
 * Loads what scores the learner's checks at some quizzes, for features that derive a pass from
 * them: home, assignments, receipts. Only the pools those checks present (each its own chunk,
 * shared through the loader's cache): the check pool, the practice pool too for a whole-bank quiz
 * from before the split, nothing (not even the loader) where no check is finished. Practice rounds
 * are not scored here.
 */
export function useQuestionBanks(ids: readonly string[]): QuestionBanks {
  // Each id with the pools its checks need: a first check, or a restored backup, loads again.
  const key = useProgress((s) => poolsNeeded(s.attempts, ids));
  const quizIds = key ? key.split(',').map((entry) => entry.split('=')[0] ?? '') : [];
  const { state } = useLoaded(
    key,
    () =>
      loadBanks(quizIds).then((result) => {
        if (result.failed.length === 0) complete.set(key, result);
        return result;
      }),
    () => {
      const kept = complete.get(key) ?? banksAtHand(quizIds);
      if (kept) complete.set(key, kept);
      return kept;
    },
  );
  if (key === '') return { banks: NONE, ready: true, failed: [] };
  return state.status === 'ready' ? { ...state.value, ready: true } : { banks: NONE, ready: false, failed: [] };
}
