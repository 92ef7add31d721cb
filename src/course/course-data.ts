/**
 * The bridge between `content/` and the app. The manifest is small and loaded eagerly; lessons
 * and scenario banks are split into their own chunks by import.meta.glob and loaded on demand,
 * so the first visit downloads little more than React (docs/decisions/0002-content-format.md);
 * each bank's two pools are two chunks (docs/decisions/0019-bank-pool-chunks.md).
 */
import type { MDXContent } from 'mdx/types';
import { course as manifest } from '../../content/course';
import type { CourseManifest, ModuleEntry, Pool, Question, ScenarioBank, ValueId } from '../domain/content/content-types';
import { holdsEveryItem, poolsPresented, type AttemptItems } from '../domain/progress/attempt-pools';
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

/**
 * Each bank as two chunks, one per pool (scripts/bank-pools.ts answers `?pool=`): a practice
 * page downloads the practice pool alone. ⚠ The whole bank is the practice pool, then the check
 * pool: the order authors write it in (the content check holds them to it), so positions in the
 * bank (LMS suspend data) are the same as in the file.
 */
const poolLoaders: Record<Pool, Record<string, () => Promise<ScenarioBank>>> = {
  practice: import.meta.glob<ScenarioBank>('../../content/*/scenarios.ts', { query: '?pool=practice', import: 'default' }),
  check: import.meta.glob<ScenarioBank>('../../content/*/scenarios.ts', { query: '?pool=check', import: 'default' }),
};
/** Both pools, in bank order. (Not POOLS from content-types: that module stays out of the first visit.) */
const WHOLE_BANK: readonly Pool[] = ['practice', 'check'];

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
  const load = poolLoaders[pool][`../../content/${quiz.folder}/scenarios.ts`];
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
