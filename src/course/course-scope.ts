/**
 * The course as this page presents it. The standalone course is the whole course; an LMS package
 * built with `--modules=…` presents exactly its packaged modules, so the home, numbering ("Module
 * 1 of 2"), counts, reflections, resets and the certificate all describe the course the LMS
 * assigned, and the review appears only when it was packaged (issue #17). It starts from the
 * course as the host's course-settings.json shapes it (modules, order, review; #15). Read at
 * render time: settings and the LMS runtime are both set before the app renders.
 */
import { runtime } from '../config/runtime';
import type { ModuleEntry } from '../domain/content/content-types';
import { course, findQuiz } from './course-data';

/** The modules and review this page presents. */
export interface CourseScope {
  /** The modules, in course order. */
  modules: ModuleEntry[];
  /** True when the course review is part of this course. */
  hasReview: boolean;
  /** True for the whole course (the standalone build and full packages). */
  isWhole: boolean;
}

// The same inputs give the same object, so pages can compare scopes cheaply. The key holds
// everything the scope is made from: the package's quizzes and the course as settings shaped it.
let cached: { quizzes: readonly string[] | undefined; modules: readonly ModuleEntry[]; review: boolean; scope: CourseScope } | undefined;

/** The course this page presents. */
export function courseScope(): CourseScope {
  const quizzes = runtime().quizzes;
  // The host's settings may leave the review out (findQuiz then has none); a package may too.
  const review = findQuiz(course.review.id) !== undefined;
  if (cached && cached.quizzes === quizzes && cached.modules === course.modules && cached.review === review) return cached.scope;
  const modules = quizzes ? course.modules.filter((m) => quizzes.includes(m.id)) : course.modules;
  const hasReview = review && (quizzes ? quizzes.includes(course.review.id) : true);
  const scope = { modules, hasReview, isWhole: modules.length === course.modules.length && hasReview };
  cached = { quizzes, modules: course.modules, review, scope };
  return scope;
}

/** Where a module sits in this course ("Module 1 of 2"), or undefined when it is not part of it. */
export function modulePosition(moduleId: string): { position: number; count: number } | undefined {
  const { modules } = courseScope();
  const index = modules.findIndex((m) => m.id === moduleId);
  return index < 0 ? undefined : { position: index + 1, count: modules.length };
}
