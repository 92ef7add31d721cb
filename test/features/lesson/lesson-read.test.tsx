import { act, configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { emptyProgress } from '../../../src/domain/progress/progress-model';
import { useProgress } from '../../../src/store/progress-store';
import { renderApp } from '../../render-app';

// The lesson body is its own chunk, compiled on first use: allow for a busy test machine.
configure({ asyncUtilTimeout: 10_000 });
const SLOW = 20_000;

/** A stand-in IntersectionObserver (jsdom has none) that the test can make "see" its targets. */
class FakeObserver {
  static all: FakeObserver[] = [];
  targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets = [];
  }
  unobserve() {}
  takeRecords() {
    return [];
  }
  /** Reports every watched target as in view (or not). */
  see(isIntersecting: boolean) {
    const entries = this.targets.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry);
    if (entries.length > 0) this.callback(entries, this as unknown as IntersectionObserver);
  }
}

// Compile the lesson chunk once, before the timed waits: on a busy machine its first MDX
// transform alone can take longer than a findBy… waits.
beforeAll(() => import('../../../content/02-hopeful/lesson.mdx'), 60_000);

beforeEach(() => {
  useProgress.setState(emptyProgress());
  FakeObserver.all = [];
});
afterEach(() => vi.unstubAllGlobals());

test(
  'reaching the end of a lesson records it as read, without pressing anything',
  async () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    await renderApp('/module/hopeful');
    await screen.findByRole('button', { name: 'I have finished reading this lesson' });
    // The observer is attached in an effect after the lesson shows; a busy machine can run it later.
    await vi.waitFor(() => expect(FakeObserver.all.some((o) => o.targets.length > 0)).toBe(true));
    act(() => FakeObserver.all.forEach((o) => o.see(false)));
    expect(useProgress.getState().lessonsRead.hopeful).toBeUndefined();
    act(() => FakeObserver.all.forEach((o) => o.see(true)));
    expect(await screen.findByText('You have finished reading this lesson.')).toBeTruthy();
    expect(useProgress.getState().lessonsRead.hopeful).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(screen.queryByRole('button', { name: 'I have finished reading this lesson' })).toBeNull();
  },
  SLOW,
);

test(
  'where the end cannot be observed, the button records reading and focus moves to the confirmation',
  async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const user = userEvent.setup();
    await renderApp('/module/hopeful');
    await user.click(await screen.findByRole('button', { name: 'I have finished reading this lesson' }));
    const done = screen.getByText('You have finished reading this lesson.');
    expect(document.activeElement).toBe(done);
    expect(useProgress.getState().lessonsRead.hopeful).toBeTruthy();
  },
  SLOW,
);

test(
  'the lesson’s next step is practice, with the mastery check beside it',
  async () => {
    await renderApp('/module/hopeful');
    const practice = await screen.findByRole('link', { name: 'Practice with scenarios' });
    expect(practice.getAttribute('href')).toBe('#/module/hopeful/quiz');
    expect(practice.className).toBe('button');
    expect(screen.getByRole('link', { name: 'Take the mastery check' }).className).toBe('button secondary');
  },
  SLOW,
);
