/**
 * Loads scenario banks, pool by pool. Each bank is two chunks, its practice pool and its check
 * pool (scripts/bank-pools.ts answers `scenarios.ts?pool=`), so a practice page downloads the
 * practice pool alone; the whole bank is the two joined, practice first, exactly the order of the
 * file, so positions in the bank (LMS suspend data) are unchanged. This module is its own chunk,
 * outside the first visit: quiz pages import it, home only once there are checks to score
 * (docs/decisions/0019-bank-pool-chunks.md).
 */
import { POOLS, type Pool, type Question, type ScenarioBank } from '../domain/content/content-types';
import { holdsEveryItem, poolsPresented, type AttemptItems } from '../domain/progress/attempt-pools';
import type { QuizRef } from './course-data';

// Keys are `./01-voluntary/scenarios.ts`: the base keeps them short.
const poolLoaders: Record<Pool, Record<string, () => Promise<ScenarioBank>>> = {
  practice: import.meta.glob<ScenarioBank>('./*/scenarios.ts', { base: '../../content/', query: '?pool=practice', import: 'default' }),
  check: import.meta.glob<ScenarioBank>('./*/scenarios.ts', { base: '../../content/', query: '?pool=check', import: 'default' }),
};
/** ⚠ Both pools in bank order: the practice pool, then the check pool, as authors write a bank (the content check holds them to it). */
const WHOLE_BANK = POOLS;

/** No scenarios: what an empty choice of pools loads (one array, so it never reads as new). */
const NONE: Question[] = [];
/** Requests by quiz and pools (`review:check`), so every caller shares one; a failure is forgotten. */
const requests = new Map<string, Promise<Question[]>>();
/** Scenarios that have arrived, by the same key, for a synchronous look (loadedQuestions). */
const arrived = new Map<string, Question[]>();

/** The asked-for pools in bank order, without repeats, as a cache key. */
function poolsKey(quiz: QuizRef, pools: readonly Pool[]): { key: string; wanted: Pool[] } {
  const wanted = WHOLE_BANK.filter((p) => pools.includes(p));
  return { key: `${quiz.id}:${wanted.join('+')}`, wanted };
}

function loadPool(quiz: QuizRef, pool: Pool): Promise<Question[]> {
  const load = poolLoaders[pool][`./${quiz.folder}/scenarios.ts`];
  return load
    ? load().then((bank) => bank.questions)
    : Promise.reject(new Error(`The scenarios for "${quiz.title}" are missing from this build.`));
}

/**
 * Loads some of a quiz's scenarios: one pool, or (by default) the whole bank, practice pool
 * first. Each pool is its own chunk; cached, so every caller shares one request per pool.
 */
export function loadQuestions(quiz: QuizRef, pools: readonly Pool[] = WHOLE_BANK): Promise<Question[]> {
  const { key, wanted } = poolsKey(quiz, pools);
  const kept = loadedQuestions(quiz, wanted);
  if (kept) return Promise.resolve(kept);
  let promise = requests.get(key);
  if (!promise) {
    const [only] = wanted;
    promise =
      wanted.length === 1 && only
        ? loadPool(quiz, only).then((questions) => {
            arrived.set(key, questions);
            return questions;
          })
        : // Both pools: each its own request, joined once they have arrived.
          Promise.all(wanted.map((pool) => loadQuestions(quiz, [pool]))).then(() => loadedQuestions(quiz, wanted) ?? NONE);
    requests.set(key, promise);
    promise.catch(() => requests.delete(key));
  }
  return promise;
}

/** Those scenarios if they have already arrived in this page's life (as one array each time), without waiting. */
export function loadedQuestions(quiz: QuizRef, pools: readonly Pool[] = WHOLE_BANK): Question[] | undefined {
  const { key, wanted } = poolsKey(quiz, pools);
  if (wanted.length === 0) return NONE;
  const kept = arrived.get(key);
  if (kept || wanted.length === 1) return kept;
  // Each pool arrived on its own (a practice page, then a check): join them once, and keep that.
  const parts = wanted.map((pool) => arrived.get(poolsKey(quiz, [pool]).key));
  if (parts.some((part) => part === undefined)) return undefined;
  const joined = parts.flatMap((part) => part ?? []);
  arrived.set(key, joined);
  return joined;
}

/**
 * The scenarios needed to show and score `attempts` at a quiz, with `pools` besides: the pools
 * their modes present (poolsPresented), or the whole bank when one lists a scenario those pools
 * do not hold (moved to the other pool by a content update; its saved answers still count).
 */
export async function loadQuestionsFor(quiz: QuizRef, attempts: readonly AttemptItems[], pools: readonly Pool[] = []): Promise<Question[]> {
  const first = await loadQuestions(quiz, [...pools, ...poolsPresented(attempts)]);
  return holdsEveryItem(attempts, first) ? first : loadQuestions(quiz);
}

/** loadQuestionsFor's answer if it is already at hand, without waiting. */
export function loadedQuestionsFor(quiz: QuizRef, attempts: readonly AttemptItems[], pools: readonly Pool[] = []): Question[] | undefined {
  const first = loadedQuestions(quiz, [...pools, ...poolsPresented(attempts)]);
  return first && (holdsEveryItem(attempts, first) ? first : loadedQuestions(quiz));
}
