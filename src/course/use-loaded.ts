import { useEffect, useState } from 'react';

/** Where loading some data stands. */
export type Loaded<T> = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; value: T };

/**
 * The one way this app loads data on demand (scenario banks, the scoring code): `load` runs
 * whenever `key` changes, a result that arrives after the key has moved on is dropped, and
 * `retry` runs it again (e.g. after a failed load offline). Loading never writes saved data:
 * writes happen in store actions (see src/course/reconcile-progress.ts).
 */
export function useLoaded<T>(key: string, load: () => Promise<T>): { state: Loaded<T>; retry: () => void } {
  const [result, setResult] = useState<{ key: string; tries: number; state: Loaded<T> }>({
    key: '',
    tries: -1,
    state: { status: 'loading' },
  });
  const [tries, setTries] = useState(0);
  useEffect(() => {
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
    // `load` is a fresh closure each render; `key` says when it asks for something new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tries]);
  const state: Loaded<T> = result.key === key && result.tries === tries ? result.state : { status: 'loading' };
  return { state, retry: () => setTries((n) => n + 1) };
}
