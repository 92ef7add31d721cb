import { useEffect, useState } from 'react';

/** Where loading some data stands. */
export type Loaded<T> = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; value: T };

/**
 * The one way this app loads data on demand (scenario banks, the scoring code): `load` runs
 * whenever `key` changes, a result that arrives after the key has moved on is dropped, and
 * `retry` runs it again (e.g. after a failed load offline). `peek` returns the value when it is
 * already at hand (loaded earlier in this page's life): then the first render shows it and
 * nothing loads, where otherwise a page coming back (home, after a lesson) would render once
 * "loading" and again a moment later with the same data. Loading never writes saved data:
 * writes happen in store actions (see src/course/reconcile-progress.ts).
 */
export function useLoaded<T>(key: string, load: () => Promise<T>, peek?: () => T | undefined): { state: Loaded<T>; retry: () => void } {
  const [result, setResult] = useState<{ key: string; tries: number; state: Loaded<T> }>({
    key: '',
    tries: -1,
    state: { status: 'loading' },
  });
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (peek?.() !== undefined) return;
    let isCurrent = true;
    load().then(
      (value) => isCurrent && setResult({ key, tries, state: { status: 'ready', value } }),
      (error: unknown) =>
        isCurrent &&
        setResult({ key, tries, state: { status: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      isCurrent = false;
    };
    // `load` and `peek` are fresh closures each render; `key` says when they ask for something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tries]);
  const atHand = peek?.();
  const state: Loaded<T> =
    atHand !== undefined
      ? { status: 'ready', value: atHand }
      : result.key === key && result.tries === tries
        ? result.state
        : { status: 'loading' };
  return { state, retry: () => setTries((n) => n + 1) };
}
