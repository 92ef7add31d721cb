import { lazy, useState, type ComponentType } from 'react';

/**
 * A component in its own chunk: `load` fetches it, `preload` starts that early and may be called
 * any number of times. When its code is already here (preloaded, or shown before) it renders at
 * once; otherwise it suspends while the chunk loads, and a chunk that fails to load throws to the
 * nearest error boundary. Not suspending matters: React keeps a suspended boundary's fallback on
 * screen for at least 300 ms, and that wait delayed every deep link's first paint (ADR 0023).
 * `track` wraps the load that rendering starts (the pages count it as a page load).
 */
export function onDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
  track: <T>(loading: Promise<T>) => Promise<T> = (loading) => loading,
) {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => track(preload()).then((component) => ({ default: component })));
  function OnDemand(props: P) {
    // Chosen once per mount, so a component on screen is never swapped for another type.
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready {...props} /> : <Lazy {...props} />;
  }
  return { Component: OnDemand, preload };
}
