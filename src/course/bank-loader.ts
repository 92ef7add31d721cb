/**
 * Loads scenario banks, pool by pool. Each bank is two chunks, its practice pool and its check
 * pool (scripts/bank-pools.ts answers `scenarios.ts?pool=`), so a practice page downloads the
 * practice pool alone; the whole bank is the two joined, practice first, exactly the order of the
 * file, so positions in the bank (LMS suspend data) are unchanged. Pages that only score saved
 * checks (home, assignments, start-up's reconcile) load each pool's keyed projection instead
 * (`?keys=`: ids and keys, no words; a few hundred bytes where the scenarios are 8–10 KB). This
 * module is outside the first visit: quiz pages import it, home only once there are checks to
 * score (docs/decisions/0019-bank-pool-chunks.md, 0023-page-chunks.md).
 */
import { POOLS, type KeyedQuestion, type Pool, type Question, type ScenarioBank } from '../domain/content/content-types';
import { holdsEveryItem, poolsPresented, type AttemptItems } from '../domain/progress/attempt-pools';
import type { QuizRef } from './course-data';

/** What a chunk holds: a pool's scenarios, or their keyed projection (no words, for scoring only). */
type Kind = 'scenarios' | 'keys';
/** A chunk's default export. */
type PoolModule = { questions: KeyedQuestion[] };

// Keys are `./01-voluntary/scenarios.ts`: the base keeps them short.
const poolLoaders: Record<Kind, Record<Pool, Record<string, () => Promise<PoolModule>>>> = {
  scenarios: {
    practice: import.meta.glob<ScenarioBank>('./*/scenarios.ts', { base: '../../content/', query: '?pool=practice', import: 'default' }),
    check: import.meta.glob<ScenarioBank>('./*/scenarios.ts', { base: '../../content/', query: '?pool=check', import: 'default' }),
  },
  keys: {
    practice: import.meta.glob<PoolModule>('./*/scenarios.ts', { base: '../../content/', query: '?keys=practice', import: 'default' }),
    check: import.meta.glob<PoolModule>('./*/scenarios.ts', { base: '../../content/', query: '?keys=check', import: 'default' }),
  },
};
/** ⚠ Both pools in bank order: the practice pool, then the check pool, as authors write a bank (the content check holds them to it). */
const WHOLE_BANK = POOLS;

/** No scenarios: what an empty choice of pools loads (one array, so it never reads as new). */
const NONE: Question[] = [];
/** Requests by kind, quiz and pools (`keys:review:check`), so every caller shares one; a failure is forgotten. */
const requests = new Map<string, Promise<KeyedQuestion[]>>();
/** Pools that have arrived, by the same key, for a synchronous look (loadedQuestions). */
const arrived = new Map<string, KeyedQuestion[]>();

/** The asked-for pools in bank order, without repeats, as a cache key. */
function poolsKey(kind: Kind, quiz: QuizRef, pools: readonly Pool[]): { key: string; wanted: Pool[] } {
  const wanted = WHOLE_BANK.filter((p) => pools.includes(p));
  return { key: `${kind}:${quiz.id}:${wanted.join('+')}`, wanted };
}

function loadPool(kind: Kind, quiz: QuizRef, pool: Pool): Promise<KeyedQuestion[]> {
  const load = poolLoaders[kind][pool][`./${quiz.folder}/scenarios.ts`];
  return load
    ? load().then((bank) => bank.questions)
    : Promise.reject(new Error(`The scenarios for "${quiz.title}" are missing from this build.`));
}

/** Some of a quiz's pools of one kind, each pool its own chunk, cached so every caller shares one request per pool. */
function loadKind(kind: Kind, quiz: QuizRef, pools: readonly Pool[]): Promise<KeyedQuestion[]> {
  const { key, wanted } = poolsKey(kind, quiz, pools);
  const kept = loadedKind(kind, quiz, wanted);
  if (kept) return Promise.resolve(kept);
  let promise = requests.get(key);
  if (!promise) {
    const [only] = wanted;
    promise =
      wanted.length === 1 && only
        ? loadPool(kind, quiz, only).then((questions) => {
            arrived.set(key, questions);
            return questions;
          })
        : // Both pools: each its own request, joined once they have arrived.
          Promise.all(wanted.map((pool) => loadKind(kind, quiz, [pool]))).then(() => loadedKind(kind, quiz, wanted) ?? NONE);
    requests.set(key, promise);
    promise.catch(() => requests.delete(key));
  }
  return promise;
}

/**
 * Those pools if they have already arrived in this page's life (as one array each time). Keys
 * are answered by the scenarios themselves when those are here (a check just taken): every
 * scenario is its own keyed projection and more.
 */
function loadedKind(kind: Kind, quiz: QuizRef, pools: readonly Pool[]): KeyedQuestion[] | undefined {
  const { key, wanted } = poolsKey(kind, quiz, pools);
  if (wanted.length === 0) return NONE;
  const kept = arrived.get(key) ?? (kind === 'keys' ? arrived.get(poolsKey('scenarios', quiz, pools).key) : undefined);
  if (kept || wanted.length === 1) return kept;
  // Each pool arrived on its own (a practice page, then a check): join them once, and keep that.
  const parts = wanted.map((pool) => loadedKind(kind, quiz, [pool]));
  if (parts.some((part) => part === undefined)) return undefined;
  const joined = parts.flatMap((part) => part ?? []);
  arrived.set(key, joined);
  return joined;
}

/**
 * Loads some of a quiz's scenarios: one pool, or (by default) the whole bank, practice pool
 * first. Each pool is its own chunk; cached, so every caller shares one request per pool.
 */
export function loadQuestions(quiz: QuizRef, pools: readonly Pool[] = WHOLE_BANK): Promise<Question[]> {
  // The scenarios kind holds whole scenarios (poolLoaders.scenarios).
  return loadKind('scenarios', quiz, pools) as Promise<Question[]>;
}

/** Those scenarios if they have already arrived in this page's life (as one array each time), without waiting. */
export function loadedQuestions(quiz: QuizRef, pools: readonly Pool[] = WHOLE_BANK): Question[] | undefined {
  return loadedKind('scenarios', quiz, pools) as Question[] | undefined;
}

/** Loads the keyed projection of some of a quiz's pools (what scoring reads, no words): a few hundred bytes a pool. */
export function loadKeys(quiz: QuizRef, pools: readonly Pool[] = WHOLE_BANK): Promise<KeyedQuestion[]> {
  return loadKind('keys', quiz, pools);
}

/** What `attempts` need at a quiz: the pools their modes present (and `pools`), or the whole bank when a scenario moved pools. */
async function loadFor(kind: Kind, quiz: QuizRef, attempts: readonly AttemptItems[], pools: readonly Pool[]): Promise<KeyedQuestion[]> {
  const first = await loadKind(kind, quiz, [...pools, ...poolsPresented(attempts)]);
  return holdsEveryItem(attempts, first) ? first : loadKind(kind, quiz, WHOLE_BANK);
}

/** loadFor's answer if it is already at hand, without waiting. */
function loadedFor(kind: Kind, quiz: QuizRef, attempts: readonly AttemptItems[], pools: readonly Pool[]): KeyedQuestion[] | undefined {
  const first = loadedKind(kind, quiz, [...pools, ...poolsPresented(attempts)]);
  return first && (holdsEveryItem(attempts, first) ? first : loadedKind(kind, quiz, WHOLE_BANK));
}

/**
 * The scenarios needed to show and score `attempts` at a quiz, with `pools` besides: the pools
 * their modes present (poolsPresented), or the whole bank when one lists a scenario those pools
 * do not hold (moved to the other pool by a content update; its saved answers still count).
 */
export function loadQuestionsFor(quiz: QuizRef, attempts: readonly AttemptItems[], pools: readonly Pool[] = []): Promise<Question[]> {
  return loadFor('scenarios', quiz, attempts, pools) as Promise<Question[]>;
}

/** loadQuestionsFor's answer if it is already at hand, without waiting. */
export function loadedQuestionsFor(quiz: QuizRef, attempts: readonly AttemptItems[], pools: readonly Pool[] = []): Question[] | undefined {
  return loadedFor('scenarios', quiz, attempts, pools) as Question[] | undefined;
}

/** What scores `attempts` at a quiz, as loadQuestionsFor picks it, in the keyed projection: for pages that only score. */
export function loadKeysFor(quiz: QuizRef, attempts: readonly AttemptItems[]): Promise<KeyedQuestion[]> {
  return loadFor('keys', quiz, attempts, []);
}

/** loadKeysFor's answer if it is already at hand (the keys, or the scenarios themselves), without waiting. */
export function loadedKeysFor(quiz: QuizRef, attempts: readonly AttemptItems[]): KeyedQuestion[] | undefined {
  return loadedFor('keys', quiz, attempts, []);
}
