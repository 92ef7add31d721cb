import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { courseSettings } from '../config/course-settings';

/** Props for Page. */
interface PageProps {
  /** The page's main heading; also the first part of the document title. */
  title: string;
  /** Optional line above the heading, e.g. "Module 3 of 10". */
  eyebrow?: ReactNode;
  /** Page content. */
  children: ReactNode;
}

// The first page a visitor lands on keeps the browser's natural focus (top of the document);
// every later navigation moves focus to the new page's heading so screen readers announce it.
let hasRenderedOnce = false;

/** A page: sets the document title and moves focus to its heading after navigation. */
export function Page({ title, eyebrow, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${courseSettings().courseName}`;
  }, [title]);
  // A layout effect, so focus moves in the same commit that removed the old page's focused
  // link: a passive effect runs after paint, and in between focus would sit on <body>.
  // A new page opens at its top, the header in view (on Back, the browser then restores where
  // the learner was), whatever the old page's scroll: focus() alone would scroll only as far as
  // the heading.
  useLayoutEffect(() => {
    if (hasRenderedOnce) {
      window.scrollTo(0, 0);
      headingRef.current?.focus({ preventScroll: true });
    }
    hasRenderedOnce = true;
  }, []);
  return (
    <article className="page">
      {eyebrow && <p className="eyebrow">{eyebrow}</p>}
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </article>
  );
}
