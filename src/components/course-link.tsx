import type { AnchorHTMLAttributes } from 'react';

/** Props for CourseLink: an anchor's own props, with `to` (a course path) instead of `href`. */
interface CourseLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** Where it goes, as a path of the course: "/module/voluntary", "/assignment/x?module=y". */
  to: string;
}

/**
 * A link to a page of the course: a plain anchor to "#/path". The app follows the address in
 * the URL's hash (src/app/follow-address.ts), so the browser's own fragment navigation moves it,
 * exactly as Back and Forward do, and a new tab or a copied link works with no script. react-router's
 * <Link> reaches the same place through a click handler and five hooks per link (one of them
 * queries the document for a <base>): on a seasoned learner's home, about 40 links, that was a
 * quarter of the render's script (docs/decisions/0017-plain-links.md).
 */
export function CourseLink({ to, children, ...rest }: CourseLinkProps) {
  return (
    <a href={`#${to}`} {...rest}>
      {children}
    </a>
  );
}

/**
 * Opens a page of the course from code (after adding an assignment, after removing one): the same
 * fragment navigation a CourseLink makes, with a history entry, so Back returns. The app
 * follows it as it follows a link (docs/decisions/0017-plain-links.md).
 */
export function openCoursePage(to: string): void {
  window.location.hash = `#${to}`;
}
