import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** The course address in the page's URL (after `#`), as <HashRouter> reads it: "/" when empty. */
export const addressInHash = (): string => window.location.hash.slice(1) || '/';

/**
 * The first render is a transition (start-course.tsx), which React may spread over several tasks. An
 * address change in between (a link, Back, a test driving the page) lands after <HashRouter>
 * read the address but before it listens for changes, and the page would stay on the old one.
 * Once mounted, this follows the address if it moved. It runs as a passive effect, after the
 * router's listener is attached (a layout effect), so no change falls between the two.
 */
export function FollowAddress(): null {
  const { pathname, search } = useLocation();
  useEffect(() => {
    // A popstate is what the router hears when the address moves under it (Back, Forward, a
    // link: docs/decisions/0017-plain-links.md); it then reads the address again. No history
    // entry is added or replaced: the address is already right, only the router is behind.
    if (addressInHash() !== `${pathname}${search}`) window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
    // Once, at mount: every later change reaches the router through its own listener.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}
