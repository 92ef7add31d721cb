// Test environment: Testing Library cleanup, axe matchers, and console.error/warn failing any
// test that does not expect them (a React warning is a bug, not noise).
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import * as axeMatchers from 'vitest-axe/matchers';

expect.extend(axeMatchers);

let unexpected: string[] = [];

beforeEach(() => {
  unexpected = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      unexpected.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
  globalThis.localStorage?.clear();
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
