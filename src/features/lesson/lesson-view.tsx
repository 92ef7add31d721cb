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

// One promise per lesson while it loads, so a suspended render resumes on the same one, and
// each lesson's content once it has arrived.
const lessonPromises = new Map<string, Promise<MDXContent>>();
const loadedLessons = new Map<string, MDXContent>();

/**
 * Starts loading a lesson's content, once. The router calls it (through the lesson page's
 * preloadContent) as soon as an address names the lesson, at start-up and on every navigation, so
 * the content loads beside the page's code and the page renders complete. A Suspense fallback
 * here would stay on screen for at least 300 ms even when the content arrived at once (the same
 * cause as the pages' fallback in ADR 0023).
 */
export function lessonContent(module: ModuleEntry): Promise<MDXContent> {
  let promise = lessonPromises.get(module.id);
  if (!promise) {
    promise = loadLesson(module).then(
      (content) => {
        loadedLessons.set(module.id, content);
        return content;
      },
      (error: unknown) => {
        // Not kept: opening the lesson again (back online) tries again.
        lessonPromises.delete(module.id);
        throw error;
      },
    );
    lessonPromises.set(module.id, promise);
  }
  return promise;
}

function LessonBody({ module }: LessonViewProps) {
  // Content already here renders at once; otherwise the lesson suspends while it loads.
  const content = loadedLessons.get(module.id) ?? use(lessonContent(module));
  // The component is a module's default export: its identity is stable for the page's life,
  // so it is not "created during render" even though the lint rule cannot see that.
  return createElement(content, { components: mdxComponents });
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
