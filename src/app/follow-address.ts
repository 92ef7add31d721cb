import { startTransition, useEffect, useMemo, useState } from 'react';
import { addressInHash, parseAddress, type CourseAddress } from '../components/course-address';

/**
 * Follows the address in the URL's hash: the one place the course listens for it (links are
 * plain `#/…` anchors, docs/decisions/0017-plain-links.md, so the browser's own fragment
 * navigation moves it, as Back and Forward do). `onMove` runs first, with the new address, so
 * its page can start loading; when it returns a promise, the course moves once that settles, and
 * only if the address is still there (a later move takes over). So the old page stays on screen,
 * with the shell's loading line, until the new one's code and content are here, and the new page
 * never shows a loading fallback instead of itself. Waiting matters because every fragment move
 * sends popstate, and React renders an update made during a popstate event at once, transition or
 * not: a page whose code was still on its way replaced the old page with the fallback. A move
 * renders as a transition too; tests turn that off (`transitions: false`): React holds a
 * transition that suspends inside a test's act() until an act() flushes it, which a click never does.
 * Both options are read once, when the app mounts.
 */
export function useFollowAddress({
  transitions,
  onMove,
}: {
  transitions: boolean;
  onMove: (address: CourseAddress) => Promise<void> | void;
}): CourseAddress {
  const [raw, setRaw] = useState(addressInHash);
  useEffect(() => {
    let shown = raw;
    const follow = () => {
      const now = addressInHash();
      if (now === shown) return;
      shown = now;
      const show = () => {
        if (shown !== now) return;
        if (transitions) startTransition(() => setRaw(now));
        else setRaw(now);
      };
      const ready = onMove(parseAddress(now));
      // Shown whether the load worked or not: a page that could not load explains it itself,
      // and a move is never lost.
      if (ready) void ready.then(show, show);
      else show();
    };
    // Both events: a fragment move sends popstate at once (react-router's hash history listened
    // for it, so moves land as soon as before) and hashchange a task later; the second is a no-op.
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    // The first render may be a transition spread over several tasks (start-course.tsx): an
    // address that moved in between (a link, Back, a test driving the page) had no listener yet.
    follow();
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
    // Once, at mount: `raw` is where the first render was; later moves arrive as events.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return useMemo(() => parseAddress(raw), [raw]);
}
