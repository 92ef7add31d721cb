/**
 * Which page an address names (src/app/pages.tsx, matchPage): react-router's matchPath over the
 * page table, with params decoded as react-router's routes decode them. The route hints guess the
 * same pages with pathPattern before the app runs, so the two are held to agree here.
 */
import { expect, test } from 'vitest';
import { LAZY_PAGES, matchPage } from '../../src/app/pages';
import { PAGE_ROUTES, pathPattern } from '../../src/app/page-routes';

/** Addresses for every page, and some that name none. */
const ADDRESSES = [
  '/module/hopeful',
  '/Module/Hopeful/',
  '/module/hopeful/quiz',
  '/module/hopeful/check',
  '/module/hopeful/check/extra',
  '/review',
  '/review/practice',
  '/review/other',
  '/scoring',
  '/my-progress',
  '/reflections',
  '/instructor',
  '/instructor/roster',
  '/instructor/safety-review',
  '/settings-check',
  '/assign',
  '/assign/',
  '/assign/v2.abc/def',
  '/assignment/a1',
  '/assignment',
  '/assignments/a1',
  '/certificate',
  '/module',
  '/voluntary',
  '/module/%E0%A4%A/quiz',
];

test('every page has an address only it matches, so the first match is the only one', () => {
  for (const address of ADDRESSES) {
    const matching = LAZY_PAGES.filter((page) => new RegExp(pathPattern(page.path), 'i').test(address));
    expect(matching.length, address).toBeLessThanOrEqual(1);
  }
  for (const route of Object.values(PAGE_ROUTES)) {
    const address = `/${route.path.replace(':slug', 'hopeful').replace(':id', 'a1').replace('*', 'code')}`;
    expect(matchPage(address)?.page.path, address).toBe(route.path);
  }
});

test('the route hints’ pattern and the app agree on every address', () => {
  for (const address of ADDRESSES) {
    const guessed = LAZY_PAGES.find((page) => new RegExp(pathPattern(page.path), 'i').test(address));
    expect(matchPage(address)?.page.path, address).toBe(guessed?.path);
  }
});

test('params come decoded, as a page reads them; a splat keeps its slashes; home and unknown paths name no page', () => {
  expect(matchPage('/module/hopeful/quiz')?.params).toEqual({ slug: 'hopeful' });
  expect(matchPage('/module/caf%C3%A9')?.params).toEqual({ slug: 'café' });
  expect(matchPage('/module/a%2Fb')?.params).toEqual({ slug: 'a/b' });
  expect(matchPage('/assign/v2.abc/def')?.params).toEqual({ '*': 'v2.abc/def' });
  expect(matchPage('/assign')?.params).toEqual({ '*': '' });
  // A stray % does not decode: matched as typed, and the page explains the unknown module.
  expect(matchPage('/module/%E0%A4%A/quiz')?.params).toEqual({ slug: '%E0%A4%A' });
  expect(matchPage('/')).toBeUndefined();
  expect(matchPage('/voluntary')).toBeUndefined();
  expect(matchPage('/module/hopeful/check/extra')).toBeUndefined();
});
