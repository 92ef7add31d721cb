import { loadKeys } from '../../course/bank-loader';
import { course } from '../../course/course-data';
import type { KeyedQuestion } from '../../domain/content/content-types';

let all: Promise<ReadonlyMap<string, readonly KeyedQuestion[]>> | null = null;

/**
 * Every module's keyed questions (and the course review's, for whole-course receipts), loaded once: the
 * roster only scores, so it loads each pool's keyed projection (ADR 0023), not the scenarios.
 * A bank that fails to load (offline) is left out, so receipts for it are flagged as not
 * checkable rather than wrongly scored; the next call tries again.
 */
export function rosterBanks(): Promise<ReadonlyMap<string, readonly KeyedQuestion[]>> {
  all ??= Promise.all(
    [...course.modules, course.review].map(async (m) => [m.id as string, await loadKeys(m).catch(() => null)] as const),
  ).then((loaded) => {
    const banks = new Map<string, readonly KeyedQuestion[]>();
    for (const [id, questions] of loaded) if (questions) banks.set(id, questions);
    if (banks.size < loaded.length) all = null;
    return banks;
  });
  return all;
}
