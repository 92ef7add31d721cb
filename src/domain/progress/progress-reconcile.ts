/**
 * Keeps progress consistent with the course after a content update: answers to scenarios that
 * no longer exist (removed or renamed) are moved into `setAside` instead of being deleted or
 * crashing anything. Statuses are then derived from what remains.
 */
import type { Answers } from '../scoring/answers';
import type { Attempt, Progress } from './progress-model';

/** The result of reconciling. */
export interface Reconciled {
  /** Progress with unknown answers moved aside. */
  progress: Progress;
  /** How many answers were moved aside. */
  moved: number;
}

/**
 * `known` maps each quiz id whose scenarios are loaded to its question ids. Quizzes missing from
 * `known` are left untouched unless `knownQuizIds` says the quiz no longer exists at all.
 */
export function setAsideUnknown(
  progress: Progress,
  known: ReadonlyMap<string, ReadonlySet<string>>,
  knownQuizIds: ReadonlySet<string>,
): Reconciled {
  let moved = 0;
  const aside: Attempt[] = [];
  const attempts = progress.attempts.flatMap((attempt) => {
    if (!knownQuizIds.has(attempt.quizId)) {
      moved += Object.keys(attempt.answers).length;
      aside.push(attempt);
      return [];
    }
    const questions = known.get(attempt.quizId);
    if (!questions) return [attempt];
    const keep: Answers = {};
    const drop: Answers = {};
    for (const [id, answer] of Object.entries(attempt.answers)) (questions.has(id) ? keep : drop)[id] = answer;
    const dropped = Object.keys(drop).length;
    if (dropped === 0) return [attempt];
    moved += dropped;
    aside.push({ ...attempt, answers: drop });
    return [{ ...attempt, answers: keep }];
  });
  if (moved === 0) return { progress, moved };
  // An attempt may be set aside in parts over several updates: fold the parts together.
  const setAside = [...progress.setAside];
  for (const part of aside) {
    const i = setAside.findIndex((a) => a.id === part.id);
    if (i < 0) setAside.push(part);
    else setAside[i] = { ...part, answers: { ...setAside[i]?.answers, ...part.answers } };
  }
  return { progress: { ...progress, attempts, setAside }, moved };
}
