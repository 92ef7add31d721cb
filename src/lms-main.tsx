// The LMS launch page's entry (index_lms.html): connect to the LMS and restore the learner's
// progress from it BEFORE the app renders, then render the same app as the standalone course.
// Without an LMS, say so plainly; progress is then kept nowhere (never localStorage).
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadCourseSettings } from './app/load-settings';
import { reportCaughtError } from './app/page-error-boundary';
import { setRuntime } from './config/runtime';
import { loadQuestions } from './course/bank-loader';
import { allQuizzes, course, everyQuiz } from './course/course-data';
import { LmsNotice } from './features/lms/lms-notice';
import { NoLmsPage } from './features/lms/no-lms-page';
import { parseLmsConfig, readLmsMeta } from './store/scorm/lms-config';
import { startLmsSession } from './store/scorm/lms-session';
import './styles/global.css';

const element = document.getElementById('root');
if (!element) throw new Error('The page is missing its #root element.');
const root = createRoot(element, { onCaughtError: reportCaughtError });
const show = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

async function start(): Promise<void> {
  // The settings baked into the package (its course-settings.json); no offline copy on an LMS's site.
  await loadCourseSettings({ keepCopy: false });
  const config = parseLmsConfig(
    readLmsMeta(document),
    allQuizzes.map((q) => q.id),
    course.passMark,
  );
  const isSubset = config.quizzes.length < allQuizzes.length;
  // A package of some modules presents exactly those: home, numbering, counts, certificate.
  setRuntime({
    mode: 'lms',
    ...(config.passMark === null ? {} : { passMark: config.passMark }),
    ...(isSubset ? { quizzes: config.quizzes } : {}),
  });
  // Every bank, before the session: resuming and saving both write answers against them. Every
  // bank in the build, not only those the settings show, so saved answers to a hidden module are
  // kept in the LMS's suspend data rather than dropped.
  const banks = Object.fromEntries(await Promise.all(everyQuiz.map(async (q) => [q.id, await loadQuestions(q)] as const)));
  const modules = new Set<string>(course.modules.map((m) => m.id));
  const first = config.quizzes[0];
  // A package of some modules opens on its first one; the whole course opens on its home.
  const firstRoute = isSubset && first ? (modules.has(first) ? `#/module/${first}` : `#/${first}`) : undefined;
  const session = await startLmsSession({ win: window, config, banks, withLesson: modules, firstRoute, contentVersion: course.version });
  // The app reads the address when it first renders, so it is loaded after the session has landed.
  const { CourseApp } = await import('./app/course-app');
  const app = (
    <>
      <LmsNotice />
      <CourseApp />
    </>
  );
  if (session.mode === 'no-lms') show(<NoLmsPage reason={session.reason} onContinue={() => show(app)} />);
  else show(app);
}

show(
  <p className="wrap" role="status">
    Connecting to your learning system…
  </p>,
);
start().catch((error: unknown) =>
  show(
    <main className="wrap">
      <h1>The course could not start</h1>
      <p>Nothing was recorded. Close this window and open the course again from your LMS.</p>
      <p className="hint">Details: {error instanceof Error ? error.message : String(error)}</p>
    </main>,
  ),
);
