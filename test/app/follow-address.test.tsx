import { render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { HashRouter, useLocation } from 'react-router';
import { FollowAddress } from '../../src/app/follow-address';

function ShowPath() {
  const { pathname, search } = useLocation();
  return <p>at {`${pathname}${search}`}</p>;
}

/** Moves the address during the first render, after the router read it and before it listens (no hashchange event). */
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

test('an address that moved while the app was starting is followed once mounted', async () => {
  window.history.replaceState(null, '', '#/');
  render(
    <HashRouter useTransitions={false}>
      <MoveAddressOnce to="/module/hopeful?from=link" />
      <FollowAddress />
      <ShowPath />
    </HashRouter>,
  );
  expect(await screen.findByText('at /module/hopeful?from=link')).toBeTruthy();
});

test('an address that did not move is left alone', async () => {
  window.history.replaceState(null, '', '#/module/voluntary');
  const before = window.history.length;
  render(
    <HashRouter useTransitions={false}>
      <FollowAddress />
      <ShowPath />
    </HashRouter>,
  );
  expect(await screen.findByText('at /module/voluntary')).toBeTruthy();
  expect(window.history.length).toBe(before);
});
