/**
 * The pages that load on demand: each one's address (a react-router path under the hash), its
 * route module, and the content file it shows first, if any. Plain data with no imports, so the
 * build reads it too: index.html's route hints (scripts/route-hints.ts) start fetching a deep
 * link's page and content beside the first-visit scripts. The app (pages.tsx) takes its paths
 * from here; its loaders import the same modules and content.
 */
/** A practice round's results, where a practice page opens once a round is finished (ADR 0028). */
const ROUND_END = 'src/features/quiz/practice-results.tsx';

export const PAGE_ROUTES = {
  lesson: { path: 'module/:slug', module: 'src/routes/lesson.tsx', content: 'lesson.mdx', arrival: true },
  practice: {
    path: 'module/:slug/quiz',
    module: 'src/routes/quiz.tsx',
    content: 'scenarios.ts?pool=practice',
    arrival: true,
    returning: ROUND_END,
  },
  check: { path: 'module/:slug/check', module: 'src/routes/check.tsx', content: 'scenarios.ts?pool=check', arrival: true },
  review: { path: 'review', module: 'src/routes/review.tsx', content: 'scenarios.ts?pool=check', slug: 'review', arrival: true },
  reviewPractice: {
    path: 'review/practice',
    module: 'src/routes/review-practice.tsx',
    content: 'scenarios.ts?pool=practice',
    slug: 'review',
    arrival: true,
    returning: ROUND_END,
  },
  scoring: { path: 'scoring', module: 'src/routes/scoring.tsx' },
  myProgress: { path: 'my-progress', module: 'src/routes/my-progress.tsx' },
  reflections: { path: 'reflections', module: 'src/routes/reflections.tsx' },
  instructor: { path: 'instructor', module: 'src/routes/instructor.tsx' },
  roster: { path: 'instructor/roster', module: 'src/routes/instructor-roster.tsx' },
  safetyReview: { path: 'instructor/safety-review', module: 'src/routes/instructor-safety-review.tsx' },
  settingsCheck: { path: 'settings-check', module: 'src/routes/settings-check.tsx' },
  // A splat, so a link cut to `#/assign/` or broken by a slash still reaches the decoder, which explains what is wrong.
  assign: { path: 'assign/*', module: 'src/routes/assign.tsx', arrival: true },
  assignment: { path: 'assignment/:id', module: 'src/routes/assignment.tsx', arrival: true },
  certificate: { path: 'certificate', module: 'src/routes/certificate.tsx' },
} as const satisfies Record<string, PageRoute>;

/** One page that loads on demand. */
export interface PageRoute {
  /** Its react-router path (`:slug` names a module or quiz id; `*` ends a splat). */
  path: string;
  /** Its route module, from the project root. */
  module: string;
  /**
   * The file in the quiz's content folder it shows first (`content/<folder>/<file>`); for a bank,
   * the pool the page shows, as the app asks for it (`scenarios.ts?pool=practice`, ADR 0019).
   */
  content?: string;
  /** The quiz id when the path has no `:slug` (the course review). */
  slug?: string;
  /**
   * A page learners arrive at from outside the course (an instructor's link, a bookmark, the
   * "Continue" of a returning learner): index.html starts loading it at once (route hints).
   * Pages reached by a click inside the course load fast enough when clicked.
   */
  arrival?: boolean;
  /**
   * A module this page may show first to a learner with saved progress, loaded on demand inside
   * it (a practice page opens on the last round's results): hinted only when progress is saved.
   */
  returning?: string;
}

/**
 * A page's path as a regular expression over an address's pathname, matching as react-router's
 * matchPath does (case-insensitive, an optional trailing slash, `:slug` one segment, `*` the
 * rest): the first group is the slug. index.html's route hints use it to guess which page a deep
 * link names before any of the course's code has run; the app decides with matchPath itself
 * (pages.tsx), so a wrong guess costs bytes, never behaviour. A test holds the two to agree.
 */
export function pathPattern(path: string): string {
  const body = path
    .split('/')
    .map((part) => (part === '*' ? '(?:/.*)?' : `/${part.startsWith(':') ? '([^/]+)' : part.replace(/[.+?^${}()|[\]\\-]/g, '\\$&')}`))
    .join('');
  return `^${body}/?$`;
}
