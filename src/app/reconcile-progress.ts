import { allQuizzes, findQuiz, loadQuestions } from '../course/course-data';
import { useProgress } from '../store/progress-store';

/**
 * After a content update, answers to scenarios the course no longer has are set aside (kept,
 * never scored) so every status is computed from what the course still has. Runs once per page
 * load from the root route's loader, as a store action: never as a side effect of rendering.
 * Loads only the banks of quizzes the learner has attempted, so a first visit loads none.
 */
export async function reconcileProgress(): Promise<void> {
  const { attempts, setAsideUnknown } = useProgress.getState();
  if (attempts.length === 0) return;
  const quizIds = new Set(allQuizzes.map((q) => q.id));
  const attempted = [...new Set(attempts.map((a) => a.quizId))].filter((id) => quizIds.has(id as never));
  const known = await Promise.all(
    attempted.map(async (id) => [id, new Set((await loadQuestions(findQuiz(id)!)).map((q) => q.id))] as const),
  );
  setAsideUnknown(new Map(known), new Set<string>(quizIds));
}
