import { useEffect, useRef } from 'react';
import { useDeviceMode } from '../../store/device-mode';

/** Shown instead of the course once everything was removed: what went, and a fresh start. */
export function RemovedPage() {
  const failed = useDeviceMode((s) => s.notRemoved);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <article className="page">
      <h1 ref={headingRef} tabIndex={-1}>
        {failed === null ? 'Removing everything…' : 'Everything was removed from this computer'}
      </h1>
      {failed !== null && failed.length === 0 && (
        <p role="status">Nothing this course kept is left on this computer. You can close this window now.</p>
      )}
      {failed !== null && failed.length > 0 && (
        <p role="alert">
          The browser would not remove: {failed.join(', ')}. Close every window of this course and try again, or clear this site’s data in
          the browser’s settings.
        </p>
      )}
      <p>
        <button type="button" className="button secondary" onClick={startAgain}>
          Start the course again
        </button>
      </p>
    </article>
  );
}

// A reload starts from nothing: no saved progress, and the first-visit choice again.
function startAgain() {
  window.location.hash = '#/';
  window.location.reload();
}
