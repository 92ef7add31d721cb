/**
 * Reports progress to the LMS as the learner works. Every change (an answer, a lesson read, a
 * quiz begun or finished, a module opened) is reported at once (status, objectives, score when
 * due, each answer as an interaction: interaction-journal.ts) and committed through the pacer: at most one commit every few seconds, and never more
 * than that after the change, so a crash loses at most the answer being given (issue #17). The
 * bookmark follows the learner and rides along with the next commit; hiding the page commits at
 * once; `pagehide` (which also fires when the LMS removes the course's frame) ends the session.
 */
import { keepRecordedOutcome, lmsReport, type LmsCourseStatus, type LmsReportInput } from '../../domain/lms/lms-report';
import type { Progress } from '../../domain/progress/progress-model';
import { COMMIT_GAP_MS, createCommitPacer } from './commit-pacer';
import type { RecordedOutcome } from './data-model';
import { createInteractionJournal } from './interaction-journal';
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
  /** Banks, included quizzes and pass mark (everything but the progress and what was begun). */
  course: Omit<LmsReportInput, 'progress' | 'begun'>;
  /** What the LMS held before this session. */
  recorded: RecordedOutcome;
  /** Objective ids the LMS recorded as begun in earlier sessions. */
  begun: readonly string[];
  /** Interactions the LMS holds from earlier sessions. */
  interactions: number;
  /** The course's window. */
  win: Window;
  /** Milliseconds from any fixed point. */
  now: () => number;
  /** Runs `run` after `ms`; returns a cancel function. */
  schedule: (run: () => void, ms: number) => () => void;
  /** Shortest time between two commits (default COMMIT_GAP_MS). */
  gapMs?: number;
}

/** The bookmark: the hash route, when it is one of ours and plain. */
export function bookmarkOf(hash: string): string | null {
  return /^#\/[A-Za-z0-9/_-]*$/.test(hash) ? hash : null;
}

/** The quiz whose lesson or quiz page a hash route shows (`#/module/hopeful/quiz` → hopeful). */
export function quizOfRoute(hash: string): string | null {
  const match = /^#\/(?:module\/([a-z0-9-]+)(?:\/quiz)?|(review))$/.exec(hash);
  return match?.[1] ?? match?.[2] ?? null;
}

/** Starts reporting; returns a function that stops listening (without finishing). */
export function startLmsTracking(options: TrackingOptions): () => void {
  const { connection, progress, course, recorded, win } = options;
  let best: { status: LmsCourseStatus; score?: number } | null =
    recorded.status === 'not attempted' ? null : { ...recorded, status: recorded.status };
  let isFinished = false;
  const begun = new Set(options.begun);
  const journal = createInteractionJournal({
    connection,
    banks: course.banks,
    held: options.interactions,
    quizzes: course.quizzes,
    now: options.now,
  });
  let attempts = progress.getState().attempts;
  const pacer = createCommitPacer({
    commit: () => connection.commit(),
    isDirty: () => connection.hasUnsavedChanges(),
    now: options.now,
    schedule: options.schedule,
    gapMs: options.gapMs ?? COMMIT_GAP_MS,
  });

  // The connection sends only values that changed; and the report is worked out again only when
  // what it rests on changed (not for every keystroke in a reflection).
  let reported: unknown[] = [];
  function report(): void {
    const state = progress.getState();
    const inputs = [state.attempts, state.lessonsRead, state.earlierPasses, begun.size];
    if (inputs.every((v, i) => v === reported[i])) return;
    reported = inputs;
    const next = keepRecordedOutcome(lmsReport({ ...course, progress: state, begun }), best);
    if (next.status === 'passed' || next.status === 'completed') best = { status: next.status, score: next.score };
    isFinished = best?.status === 'passed' || best?.status === 'completed';
    connection.report(next);
  }

  // The router moves with pushState, which fires no event, so the place is also brought up to
  // date on every store change (the store remembers each lesson and quiz visited).
  function syncPlace(): void {
    const bookmark = bookmarkOf(win.location.hash);
    if (bookmark) connection.setLocation(bookmark);
    const quiz = quizOfRoute(win.location.hash);
    if (quiz && course.quizzes.includes(quiz)) begun.add(quiz);
  }

  const onChange = () => {
    const next = progress.getState().attempts;
    if (next !== attempts) journal(attempts, next);
    attempts = next;
    syncPlace();
    report();
    pacer.request();
  };
  const onVisibility = () => {
    if (win.document.visibilityState !== 'hidden') return;
    syncPlace();
    pacer.flush();
  };
  const onPageHide = () => {
    pacer.stop();
    syncPlace();
    connection.finish(isFinished);
  };

  syncPlace();
  report();
  connection.commit();
  pacer.committed();
  const unsubscribe = progress.subscribe(onChange);
  const listeners = [
    [win, 'hashchange', onChange],
    [win, 'popstate', onChange],
    [win.document, 'visibilitychange', onVisibility],
    [win, 'pagehide', onPageHide],
  ] as const;
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
  return () => {
    pacer.stop();
    unsubscribe();
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
  };
}
