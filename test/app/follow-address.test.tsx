import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { type CourseAddress } from '../../src/components/course-address';
import { useFollowAddress } from '../../src/app/follow-address';

function ShowAddress({ onMove }: { onMove: (address: CourseAddress) => void }) {
  const { pathname, search } = useFollowAddress({ transitions: false, onMove });
  return <p>at {`${pathname}${search}`}</p>;
}

/** Moves the address during the first render, before the app listens (no hashchange event reaches it). */
let moved = false;
function MoveAddressOnce({ to }: { to: string }) {
  if (!moved) {
    moved = true;
    window.history.replaceState(null, '', `#${to}`);
  }
  return null;
}

afterEach(() => {
  moved = false;
  window.history.replaceState(null, '', '#/');
});

test('an address that moved while the app was starting is followed once mounted, and its page is preloaded', async () => {
  window.history.replaceState(null, '', '#/');
  const onMove = vi.fn();
  render(
    <>
      <ShowAddress onMove={onMove} />
      <MoveAddressOnce to="/module/hopeful?from=link" />
    </>,
  );
  expect(await screen.findByText('at /module/hopeful?from=link')).toBeTruthy();
  expect(onMove).toHaveBeenCalledWith({ pathname: '/module/hopeful', search: '?from=link' });
});

test('an address that did not move is left alone: no history entry, nothing preloaded', async () => {
  window.history.replaceState(null, '', '#/module/voluntary');
  const before = window.history.length;
  const onMove = vi.fn();
  render(<ShowAddress onMove={onMove} />);
  expect(await screen.findByText('at /module/voluntary')).toBeTruthy();
  expect(window.history.length).toBe(before);
  expect(onMove).not.toHaveBeenCalled();
});

test('every later move (a link, Back) is followed once, whatever events announce it', async () => {
  window.history.replaceState(null, '', '#/');
  const onMove = vi.fn();
  render(<ShowAddress onMove={onMove} />);
  expect(await screen.findByText('at /')).toBeTruthy();
  act(() => {
    window.history.replaceState(null, '', '#/scoring');
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  expect(await screen.findByText('at /scoring')).toBeTruthy();
  expect(onMove).toHaveBeenCalledTimes(1);
});

test('an empty or unrooted address reads as a path from the root, never a blank page', async () => {
  window.history.replaceState(null, '', '#voluntary?x=1#part');
  render(<ShowAddress onMove={vi.fn()} />);
  expect(await screen.findByText('at /voluntary?x=1')).toBeTruthy();
});

test('a move waits for its page to load before it shows, and a later move takes over from one still loading', async () => {
  window.history.replaceState(null, '', '#/');
  const loads: Array<() => void> = [];
  const onMove = vi.fn(() => new Promise<void>((resolve) => loads.push(resolve)));
  render(<ShowAddress onMove={onMove} />);
  expect(await screen.findByText('at /')).toBeTruthy();
  act(() => {
    window.history.replaceState(null, '', '#/scoring');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  // Its code is still on the way: the old page stays.
  expect(screen.getByText('at /')).toBeTruthy();
  act(() => {
    window.history.replaceState(null, '', '#/reflections');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  // The first move's page arrives after the learner moved on: it is not shown.
  await act(async () => loads[0]?.());
  expect(screen.getByText('at /')).toBeTruthy();
  await act(async () => loads[1]?.());
  expect(screen.getByText('at /reflections')).toBeTruthy();
  expect(onMove).toHaveBeenCalledTimes(2);
});

test('a move whose page fails to load still shows, so the page can say what went wrong', async () => {
  window.history.replaceState(null, '', '#/');
  render(<ShowAddress onMove={() => Promise.reject(new Error('offline'))} />);
  expect(await screen.findByText('at /')).toBeTruthy();
  act(() => {
    window.history.replaceState(null, '', '#/scoring');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  expect(await screen.findByText('at /scoring')).toBeTruthy();
});
