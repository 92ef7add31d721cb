/** Where a quiz's practice and mastery check live, so every link says the same thing. */
import type { QuizRef } from '../../course/course-data';

/** The practice page of a module (or of the course review). */
export const practicePath = (quiz: Pick<QuizRef, 'id'>): string => (quiz.id === 'review' ? '/review/practice' : `/module/${quiz.id}/quiz`);

/** The mastery-check page of a module, or the course's final check. */
export const checkPath = (quiz: Pick<QuizRef, 'id'>): string => (quiz.id === 'review' ? '/review' : `/module/${quiz.id}/check`);
