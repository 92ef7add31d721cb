// Test environment: Testing Library cleanup, axe matchers, an in-memory IndexedDB, and
// console.error/warn failing any test that does not expect them (a React warning is a bug, not noise).
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import * as axeMatchers from 'vitest-axe/matchers';
import { flushProgressSave } from '../src/store/progress-storage';

expect.extend(axeMatchers);

// findBy… and waitFor wait for a condition; the ceiling is generous because a busy 2-core CI
// machine can take over a second to load and score a scenario bank. Passing tests never wait it out.
configure({ asyncUtilTimeout: 5_000 });

let unexpected: string[] = [];

// jsdom has no layout, so it does not implement scrolling; a page opens at the top with
// window.scrollTo (src/components/page.tsx), which would otherwise log "Not implemented".
// Node-environment files (// @vitest-environment node) have no window at all.
if (typeof window !== 'undefined') window.scrollTo = () => {};

beforeEach(() => {
  unexpected = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      const text = args.map(String).join(' ');
      // user-event dispatches each event inside a synchronous act(); a click that opens a lesson
      // whose text is still loading suspends inside it. Tests wait for the page with findBy…,
      // which is what this warning asks for, so it is not a fault of the app.
      if (level === 'error' && text.startsWith('A component suspended inside an `act` scope')) return;
      unexpected.push(`console.${level}: ${text}`);
    });
  }
  // Progress is saved a frame after each change: the previous test's last save lands now, before
  // storage is emptied, rather than in the middle of this test.
  flushProgressSave();
  globalThis.localStorage?.clear();
  // A fresh, empty IndexedDB (the instructor's roster) for every test.
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  cleanup();
  const messages = unexpected;
  unexpected = [];
  if (messages.length > 0) throw new Error(`Unexpected console output:\n${messages.join('\n')}`);
});

/** Call in a test that deliberately triggers console output, to stop it failing the test. */
export function allowConsole(): void {
  unexpected = [];
  vi.mocked(console.error).mockImplementation(() => {});
  vi.mocked(console.warn).mockImplementation(() => {});
}
