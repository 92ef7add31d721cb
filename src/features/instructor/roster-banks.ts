import { loadQuestions } from '../../course/bank-loader';
import { course } from '../../course/course-data';
import type { Question } from '../../domain/content/content-types';

let all: Promise<ReadonlyMap<string, readonly Question[]>> | null = null;

/**
 * Every module's questions (and the course review's, for whole-course receipts), loaded once (each bank is its own chunk, shared with the quizzes).
 * A bank that fails to load (offline) is left out, so receipts for it are flagged as not
 * checkable rather than wrongly scored; the next call tries again.
 */
export function rosterBanks(): Promise<ReadonlyMap<string, readonly Question[]>> {
  all ??= Promise.all(
    [...course.modules, course.review].map(async (m) => [m.id as string, await loadQuestions(m).catch(() => null)] as const),
  ).then((loaded) => {
    const banks = new Map<string, readonly Question[]>();
    for (const [id, questions] of loaded) if (questions) banks.set(id, questions);
    if (banks.size < loaded.length) all = null;
    return banks;
  });
  return all;
}
