/**
 * Named migration steps for saved progress, oldest first. Each takes the saved shape of one
 * version and returns the next; `restoreProgress` validates the result afterwards, so a step
 * only reshapes and never needs to trust its input.
 *
 * ⚠ To change the saved shape: add a step here, bump PROGRESS_VERSION in the store, and add a
 * fixture of the old shape to test/domain/progress-migrations.test.ts.
 */

type Saved = Record<string, unknown>;

/** A migration step from `from` to `from + 1`. */
export interface MigrationStep {
  /** The version this step reads. */
  from: number;
  /** What changed, for people reading the code and the tests. */
  name: string;
  /** Reshapes one saved record. */
  migrate: (saved: Saved) => Saved;
}

const isRecord = (v: unknown): v is Saved => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A time the pilot wrote (ISO text in any offset, or milliseconds) as the UTC ISO form restore
 * accepts; anything unreadable is `fallback`. Without this, one odd time format would drop every
 * lesson mark and attempt of a pilot learner.
 */
function toIso(v: unknown, fallback: string): string {
  const ms = typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : Number.NaN;
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : fallback;
}

/**
 * v0 → v1: the pilot build saved `completedLessons` (a list of module ids), one `quizzes` entry
 * per module (`{ answers, finishedAt, seed }`) and `name`. v1 keeps every attempt, dates lesson
 * reads, and adds reflections, assignments and set-aside answers.
 */
const pilotToAttempts: MigrationStep = {
  from: 0,
  name: 'pilot-to-attempts',
  migrate: (saved) => {
    const at = toIso(saved.savedAt, '1970-01-01T00:00:00.000Z');
    const lessonsRead: Record<string, string> = {};
    if (Array.isArray(saved.completedLessons)) for (const id of saved.completedLessons) if (typeof id === 'string') lessonsRead[id] = at;
    const attempts: unknown[] = [];
    if (isRecord(saved.quizzes)) {
      for (const [quizId, quiz] of Object.entries(saved.quizzes)) {
        if (!isRecord(quiz)) continue;
        const finishedAt = quiz.finishedAt === undefined || quiz.finishedAt === null ? undefined : toIso(quiz.finishedAt, at);
        const seed = typeof quiz.seed === 'number' && Number.isInteger(quiz.seed) ? quiz.seed : 0;
        attempts.push({ id: `${quizId}-pilot`, quizId, seed, startedAt: finishedAt ?? at, finishedAt, answers: quiz.answers });
      }
    }
    return {
      lessonsRead,
      attempts,
      reflections: {},
      learnerName: saved.name,
      assignments: [],
      lastLocation: '',
      setAside: [],
      updatedAt: at,
    };
  },
};

/**
 * v1 → v2: content 2.0.0 rewrote every scenario bank. Progress gains `earlierPasses`, where the
 * course records modules passed on content 1.0.0 (scored with that version's answer keys,
 * content/legacy/, once the banks load), so the rewrite takes no pass away. Attempts are kept
 * as they are; answers to scenarios that are gone are set aside as before. It also gains
 * `deleted` (tombstones, progress-deletions.ts), which replaced the reset announcements that
 * v1 sent between tabs under their own storage key.
 */
const earlierPasses: MigrationStep = {
  from: 1,
  name: 'earlier-passes-and-tombstones',
  migrate: (saved) => ({
    ...saved,
    earlierPasses: isRecord(saved.earlierPasses) ? saved.earlierPasses : {},
    deleted: isRecord(saved.deleted) ? saved.deleted : { attempts: [], modules: {}, assignments: {} },
  }),
};

/**
 * v2 → v3: each module's quiz split into practice (feedback after every answer, never decides a
 * pass) and a mastery check (a short form of held-out items). Every attempt saved before the
 * split was the whole bank: it becomes mode `quiz`, which still counts toward a pass, so no pass
 * is lost. An unfinished one becomes practice instead, since it showed the check items with their
 * feedback and has not passed anything yet; its answers are kept.
 */
const practiceAndCheck: MigrationStep = {
  from: 2,
  name: 'practice-and-check',
  migrate: (saved) => {
    const mark = (list: unknown) =>
      Array.isArray(list)
        ? list.map((a: unknown) => (isRecord(a) && a.mode === undefined ? { ...a, mode: a.finishedAt ? 'quiz' : 'practice' } : a))
        : list;
    return { ...saved, attempts: mark(saved.attempts), setAside: mark(saved.setAside) };
  },
};

/**
 * v3 → v4: progress gains `lessonsOpened`, when each lesson was first opened, so a lesson opened
 * but not yet read stays "reading" on home after the learner opens another one (before, only the
 * last place visited said so). A v3 record never noted an opening: it gets none, and nothing is
 * guessed from the last place or the lessons read.
 */
const lessonsOpened: MigrationStep = {
  from: 3,
  name: 'lessons-opened',
  migrate: (saved) => ({ ...saved, lessonsOpened: {} }),
};

/** Every step, oldest first. */
export const MIGRATIONS: MigrationStep[] = [pilotToAttempts, earlierPasses, practiceAndCheck, lessonsOpened];

/** Runs every step from `version` up to the newest; unknown future versions are left as is. */
export function migrateProgress(saved: unknown, version: number): { saved: unknown; applied: string[] } {
  let current = saved;
  const applied: string[] = [];
  for (const step of MIGRATIONS) {
    if (step.from >= version && isRecord(current)) {
      current = step.migrate(current);
      applied.push(step.name);
    }
  }
  return { saved: current, applied };
}
