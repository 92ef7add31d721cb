import { act, render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { isLoadingPage, trackPageLoad, useIsLoadingPage } from '../../src/app/page-loading';

function Probe() {
  return <p>{useIsLoadingPage() ? 'loading' : 'idle'}</p>;
}

/** A promise the test settles by hand. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

test('a page load shows as loading until it settles, whether it arrives or fails', async () => {
  render(<Probe />);
  expect(screen.getByText('idle')).toBeTruthy();

  const first = deferred();
  const second = deferred();
  let loads: Promise<unknown>[] = [];
  act(() => {
    loads = [trackPageLoad(first.promise), trackPageLoad(second.promise).catch(() => undefined)];
  });
  expect(screen.getByText('loading')).toBeTruthy();

  await act(async () => {
    first.resolve();
    await loads[0];
  });
  // One of two still on its way.
  expect(isLoadingPage()).toBe(true);
  expect(screen.getByText('loading')).toBeTruthy();

  await act(async () => {
    second.reject(new TypeError('Failed to fetch dynamically imported module'));
    await loads[1];
  });
  expect(isLoadingPage()).toBe(false);
  expect(screen.getByText('idle')).toBeTruthy();
});
