/**
 * Reports progress to the LMS as the learner works: status, score and per-module objectives at
 * milestones (a lesson read, an attempt finished, a module reset), each followed by a commit;
 * the bookmark as the learner moves; a commit when the page is hidden; and the one `finish`
 * when the page goes away (`pagehide` also fires when the LMS removes the course's frame).
 */
import { keepRecordedOutcome, lmsReport, type LmsCourseStatus, type LmsReportInput } from '../../domain/lms/lms-report';
import type { Progress } from '../../domain/progress/progress-model';
import type { RecordedOutcome } from './data-model';
import type { LmsConnection } from './lms-connection';

/** The store as tracking sees it (zustand's API). */
export interface ProgressSource {
  getState(): Progress;
  subscribe(listener: (state: Progress) => void): () => void;
}

/** What tracking needs. */
export interface TrackingOptions {
  /** The open LMS session. */
  connection: LmsConnection;
  /** The progress store. */
  progress: ProgressSource;
  /** Banks, included quizzes and pass mark (everything but the progress). */
  course: Omit<LmsReportInput, 'progress'>;
  /** What the LMS held before this session. */
  recorded: RecordedOutcome;
  /** The course's window. */
  win: Window;
}

/** The bookmark: the hash route, when it is one of ours and plain. */
export function bookmarkOf(hash: string): string | null {
  return /^#\/[A-Za-z0-9/_-]*$/.test(hash) ? hash : null;
}

// Milestones change which lessons are read or which attempts are finished; answers in between
// only change suspend data, which goes with the next commit.
const milestoneKey = (p: Progress): string =>
  `${Object.keys(p.lessonsRead).sort().join(',')}|${p.attempts
    .filter((a) => a.finishedAt)
    .map((a) => a.id)
    .join(',')}`;

/** Starts reporting; returns a function that stops listening (without finishing). */
export function startLmsTracking({ connection, progress, course, recorded, win }: TrackingOptions): () => void {
  let best: { status: LmsCourseStatus; score?: number } | null =
    recorded.status === 'not attempted' ? null : { ...recorded, status: recorded.status };
  let isFinished = false;
  let key = milestoneKey(progress.getState());

  function reportAndCommit(): void {
    const report = keepRecordedOutcome(lmsReport({ ...course, progress: progress.getState() }), best);
    if (report.status === 'passed' || report.status === 'completed') best = { status: report.status, score: report.score };
    isFinished = best?.status === 'passed' || best?.status === 'completed';
    connection.report(report);
    connection.commit();
  }

  // The router moves with pushState, which fires no event, so the bookmark is also brought up
  // to date on every store change and before every commit (the connection skips repeats).
  const syncBookmark = () => {
    const bookmark = bookmarkOf(win.location.hash);
    if (bookmark) connection.setLocation(bookmark);
  };
  const onVisibility = () => {
    if (win.document.visibilityState !== 'hidden') return;
    syncBookmark();
    connection.commit();
  };
  const onPageHide = () => {
    syncBookmark();
    connection.finish(isFinished);
  };

  syncBookmark();
  reportAndCommit();
  const unsubscribe = progress.subscribe((state) => {
    syncBookmark();
    const next = milestoneKey(state);
    if (next === key) return;
    key = next;
    reportAndCommit();
  });
  const listeners = [
    [win, 'hashchange', syncBookmark],
    [win, 'popstate', syncBookmark],
    [win.document, 'visibilitychange', onVisibility],
    [win, 'pagehide', onPageHide],
  ] as const;
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
  return () => {
    unsubscribe();
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
  };
}
