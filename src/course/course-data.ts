/**
 * The bridge between `content/` and the app. The manifest is small and loaded eagerly; lessons
 * are split into their own chunks by import.meta.glob and loaded on demand, so the first visit
 * downloads little more than React (docs/decisions/0002-content-format.md). Scenario banks load
 * through bank-loader.ts, which is not part of the first visit.
 */
import type { MDXContent } from 'mdx/types';
import { course as manifest } from '../../content/course';
import type { CourseManifest, ModuleEntry, ValueId } from '../domain/content/content-types';
import type { CourseSettings } from '../domain/settings/settings-types';

/**
 * The course as this site shows it: the manifest, narrowed to the modules, order and pass mark
 * of the host's course-settings.json by `showModules` before the app renders. A copy, so the
 * content's own manifest (and `everyQuiz`) always holds every module.
 */
export const course: CourseManifest = { ...manifest, modules: [...manifest.modules] };

/** A quiz the learner can take: a module's bank or the course review. */
export interface QuizRef {
  /** Module id, or `review`. */
  id: ValueId | 'review';
  /** Title shown to learners. */
  title: string;
  /** Folder under content/. */
  folder: string;
  /** Shown before starting, when the scenarios touch distressing topics. */
  contentNote?: string;
}

const lessonLoaders = import.meta.glob<{ default: MDXContent }>('../../content/*/lesson.mdx');

/** The module with this id, or undefined for an unknown slug (links are untrusted). */
export function findModule(slug: string | undefined): ModuleEntry | undefined {
  return course.modules.find((m) => m.id === slug);
}

/** The quiz with this id (a module id or `review`) if this site shows it, or undefined. */
export function findQuiz(id: string | undefined): QuizRef | undefined {
  return allQuizzes.find((q) => q.id === id);
}

/** Loads a module's lesson component (its own chunk). */
export async function loadLesson(module: ModuleEntry): Promise<MDXContent> {
  const load = lessonLoaders[`../../content/${module.folder}/lesson.mdx`];
  if (!load) throw new Error(`The lesson for "${module.title}" is missing from this build.`);
  return (await load()).default;
}

/** Every quiz this site shows, in its order, the review (when shown) last. */
export const allQuizzes: QuizRef[] = [...course.modules, course.review];

/**
 * Every quiz in the build, shown or not. Saved answers and the safety review use this list: a
 * host hiding a module must never set a learner's answers to it aside.
 */
export const everyQuiz: readonly QuizRef[] = [...manifest.modules, manifest.review];

/**
 * Narrows the course to the host's course-settings.json: its name, the modules it shows in its
 * order, with or without the course review, and its default pass mark. Called once at start-up,
 * before the app renders; unknown ids are skipped (the settings check has reported them).
 */
export function applyCourseSettings(s: Pick<CourseSettings, 'courseName' | 'modules' | 'courseReview' | 'passMark'>): void {
  course.title = s.courseName;
  course.modules = s.modules.flatMap((id) => manifest.modules.find((m) => m.id === id) ?? []);
  course.passMark = s.passMark;
  allQuizzes.splice(0, allQuizzes.length, ...course.modules, ...(s.courseReview ? [course.review] : []));
}
