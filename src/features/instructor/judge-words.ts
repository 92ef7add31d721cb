import { findModule } from '../../course/course-data';
import { flagTexts, type Judgement } from '../../domain/exchange/roster-judge';

/** A module's title, or its id when this course does not have it. */
export const titleOf = (id: string): string => findModule(id)?.title ?? id;

/** What the roster says when its checks found nothing: never "valid", "verified" or "consistent". */
export const NO_PROBLEMS = 'No problems found in this self-reported receipt';

/** The judgement's problems as sentences. */
export function problemsOf(j: Judgement): string[] {
  return flagTexts(j, titleOf);
}

/** Whose rules judged a receipt, as a short label for the table and the CSV. */
export function judgedByLabel(j: Judgement): string {
  if (j.judgedBy === 'own') return 'Your assignment';
  if (j.judgedBy === 'course') return 'Whole course';
  return 'Not created in this roster: judged by its own claims';
}
