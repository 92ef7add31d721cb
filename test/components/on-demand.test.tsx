import { act, render, screen } from '@testing-library/react';
import { Component, Suspense, type ReactNode } from 'react';
import { expect, test } from 'vitest';
import { onDemand } from '../../src/components/on-demand';
import { allowConsole } from '../setup';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

class Catch extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.message}</p> : this.props.children;
  }
}

const show = (node: ReactNode) =>
  render(
    <Catch>
      <Suspense fallback={<p>Loading…</p>}>{node}</Suspense>
    </Catch>,
  );

test('a component whose code is already here renders in the first render, with its props and no fallback', async () => {
  const { Component: Lazy, preload } = onDemand(() => Promise.resolve(Greeting));
  await preload();
  show(<Lazy name="Rosa" />);
  expect(screen.getByText('Hello, Rosa')).toBeTruthy();
  expect(screen.queryByText('Loading…')).toBeNull();
});

test('a component not loaded yet shows the fallback, then itself; the load runs inside `track`', async () => {
  const tracked: string[] = [];
  const { Component: Lazy } = onDemand(
    () => Promise.resolve(Greeting),
    (loading) => {
      tracked.push('load');
      return loading;
    },
  );
  show(<Lazy name="Sam" />);
  expect(screen.getByText('Loading…')).toBeTruthy();
  expect(await screen.findByText('Hello, Sam')).toBeTruthy();
  expect(tracked).toEqual(['load']);
});

test('a failed load rejects its preload, and rendering the component then reaches the error boundary', async () => {
  allowConsole(); // React reports the error the boundary caught.
  let calls = 0;
  const { Component: Lazy, preload } = onDemand<{ name: string }>(() => {
    calls += 1;
    return Promise.reject(new Error('The chunk could not load.'));
  });
  await expect(preload()).rejects.toThrow('The chunk could not load.');
  expect(calls).toBe(1);
  await act(async () => {
    show(<Lazy name="Kai" />);
  });
  expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'The chunk could not load.');
});
