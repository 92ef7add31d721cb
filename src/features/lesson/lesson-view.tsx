import { createElement, use, useEffect, useRef, useState } from 'react';
import type { MDXContent } from 'mdx/types';
import { CrisisLine } from '../../components/crisis-line';
import { loadLesson } from '../../course/course-data';
import type { ModuleEntry } from '../../domain/content/content-types';
import { useProgress } from '../../store/progress-store';
import { LessonContext } from './lesson-context';
import { mdxComponents } from './mdx-components';
import { CourseLink } from '../../components/course-link';

/** Props for LessonView. */
interface LessonViewProps {
  /** The module whose lesson to show. */
  module: ModuleEntry;
}

/**
 * A lesson: content note, the MDX body (its own chunk), and the "finished reading" step. Opening
 * it is noted once, so the module stays "reading" on home after the learner moves on.
 */
export function LessonView({ module }: LessonViewProps) {
  const markLessonOpened = useProgress((s) => s.markLessonOpened);
  useEffect(() => {
    markLessonOpened(module.id, new Date().toISOString());
  }, [module.id, markLessonOpened]);
  return (
    <LessonContext.Provider value={module}>
      {module.contentNote && (
        <aside className="content-note" aria-label="Content note">
          <p>
            <strong>Content note.</strong> {module.contentNote}
          </p>
          <CrisisLine />
          <p>
            <CourseLink to="/" className="tap-link">
              Skip this module for now
            </CourseLink>
          </p>
        </aside>
      )}
      {/* No Suspense of its own: while the content loads the page suspends as a whole, so a
          navigation keeps the page it came from (with the shell's loading line) instead of
          showing this one with "Loading the lesson…" for at least React's 300 ms. */}
      <div className="lesson-body">
        <LessonBody module={module} />
      </div>
      <LessonDone module={module} />
    </LessonContext.Provider>
  );
}

/** A lesson's load, marked fulfilled once it arrives (the fields React's `use` reads). */
type LessonLoad = Promise<MDXContent> & { status?: 'fulfilled'; value?: MDXContent };

// One load per lesson for the life of the page, so a suspended render resumes on the same one.
const lessonLoads = new Map<string, LessonLoad>();

/**
 * Starts loading a lesson's content, once. The app calls it (preloadPage, through the lesson
 * page's preloadContent) as soon as an address names the lesson, at start-up and on every navigation, so
 * the content loads beside the page's code and the page renders complete.
 *
 * Once the content has arrived, the load is marked `status: 'fulfilled'` with its `value`: React's
 * `use` reads such a promise at once, where a promise it has not seen before suspends the render
 * even when it has already resolved, and a suspended page's fallback stays for at least 300 ms
 * (ADR 0023).
 */
export function lessonContent(module: ModuleEntry): Promise<MDXContent> {
  const known = lessonLoads.get(module.id);
  if (known) return known;
  const load: LessonLoad = loadLesson(module).then(
    (content) => {
      load.status = 'fulfilled';
      load.value = content;
      return content;
    },
    (error: unknown) => {
      // Not kept: opening the lesson again (back online) tries again.
      lessonLoads.delete(module.id);
      throw error;
    },
  );
  lessonLoads.set(module.id, load);
  return load;
}

function LessonBody({ module }: LessonViewProps) {
  // The component is a module's default export: its identity is stable for the page's life,
  // so it is not "created during render" even though the lint rule cannot see that.
  return createElement(use(lessonContent(module)), { components: mdxComponents });
}

/**
 * Reading is recorded when the learner reaches the lesson's end: an IntersectionObserver watches
 * a marker after the last paragraph. The button stays as the way to record it where that cannot
 * work (no IntersectionObserver, or an end that never scrolls into view).
 */
function useReadAtEnd(moduleId: string, isRead: boolean, onRead: () => void) {
  const end = useRef<HTMLDivElement>(null);
  const onReadRef = useRef(onRead);
  useEffect(() => {
    onReadRef.current = onRead;
  });
  useEffect(() => {
    const marker = end.current;
    if (isRead || !marker || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      onReadRef.current();
    });
    observer.observe(marker);
    return () => observer.disconnect();
  }, [moduleId, isRead]);
  return end;
}

function LessonDone({ module }: LessonViewProps) {
  const readAt = useProgress((s) => s.lessonsRead[module.id]);
  const markLessonRead = useProgress((s) => s.markLessonRead);
  // The button disappears once reading is recorded: if it had focus, move focus to the
  // confirmation that replaces it, so keyboard and screen-reader users are not dropped at the top.
  const [isJustMarked, setIsJustMarked] = useState(false);
  const buttonHasFocus = useRef(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (isJustMarked) confirmation.current?.focus();
  }, [isJustMarked]);
  const record = (byButton: boolean) => {
    markLessonRead(module.id, new Date().toISOString());
    if (byButton || buttonHasFocus.current) setIsJustMarked(true);
  };
  const end = useReadAtEnd(module.id, Boolean(readAt), () => record(false));
  return (
    <section className="lesson-done" aria-labelledby="lesson-done-heading">
      <div className="lesson-end" ref={end} aria-hidden="true" />
      <h2 id="lesson-done-heading">Ready to practice?</h2>
      {readAt ? (
        <p role="status" tabIndex={-1} ref={confirmation} className="read-mark">
          You have finished reading this lesson.
        </p>
      ) : (
        <p>
          <button
            type="button"
            className="button secondary"
            onFocus={() => (buttonHasFocus.current = true)}
            onBlur={() => (buttonHasFocus.current = false)}
            onClick={() => record(true)}
          >
            I have finished reading this lesson
          </button>
        </p>
      )}
      <p className="button-row next-step">
        <CourseLink className="button" to={`/module/${module.id}/quiz`}>
          Practice with scenarios
        </CourseLink>
        <CourseLink className="button secondary" to={`/module/${module.id}/check`}>
          Take the mastery check
        </CourseLink>
      </p>
      <p className="muted">Practice gives feedback after every answer. The mastery check uses new scenarios and decides the pass.</p>
    </section>
  );
}
