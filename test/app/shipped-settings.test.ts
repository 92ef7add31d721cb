import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkFetched } from '../../src/app/apply-settings';
import { loadCourseSettings } from '../../src/app/load-settings';
import { SHIPPED_SETTINGS_FIELDS, SHIPPED_SETTINGS_HASH, textHash } from '../../src/app/shipped-settings';
import { loadedSettings, setLoadedSettings } from '../../src/config/course-settings';
import { DEFAULT_SETTINGS } from '../../src/config/site';
import { applyCourseSettings } from '../../src/course/course-data';

const shipped = readFileSync('public/course-settings.json', 'utf8');

test('the shipped settings file is known by its hash, so an unedited file skips the check', () => {
  const hash = `0x${textHash(shipped).toString(16).padStart(8, '0')}`;
  expect(hash, `public/course-settings.json changed: set SHIPPED_SETTINGS_HASH in src/app/shipped-settings.ts to ${hash}`).toBe(
    `0x${SHIPPED_SETTINGS_HASH.toString(16).padStart(8, '0')}`,
  );
});

test('skipping the check for the shipped file gives exactly what the check would', () => {
  const checked = checkFetched({ text: shipped, savedCopy: false }, 'https://example.org/course-settings.json');
  expect(checked.problems).toEqual([]);
  expect(checked.settings).toEqual(DEFAULT_SETTINGS);
  expect(checked.fromFile, 'set SHIPPED_SETTINGS_FIELDS in src/app/shipped-settings.ts to this list').toEqual(SHIPPED_SETTINGS_FIELDS);
});

test('any edit to the file, even one space, changes the hash', () => {
  expect(textHash(shipped.replace('"passMark": 80', '"passMark": 70'))).not.toBe(SHIPPED_SETTINGS_HASH);
  expect(textHash(`${shipped} `)).not.toBe(SHIPPED_SETTINGS_HASH);
  expect(textHash(shipped.replace('988', '989'))).not.toBe(SHIPPED_SETTINGS_HASH);
});

describe('start-up reads the host’s file', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setLoadedSettings({ settings: DEFAULT_SETTINGS, problems: [], fromFile: [], source: { kind: 'built-in' } });
    applyCourseSettings(DEFAULT_SETTINGS);
  });
  const serve = (text: string) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(text, { status: 200 })),
    );

  test('the file as shipped: the defaults, with every field shown as coming from the file', async () => {
    serve(shipped);
    await loadCourseSettings({ keepCopy: false });
    const loaded = loadedSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problems).toEqual([]);
    expect(loaded.fromFile).toContain('crisisLines');
    expect(loaded.source).toMatchObject({ kind: 'file', savedCopy: false });
  });

  test('no file on the server: the defaults, the reason kept for the host, and the check never loads', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404, statusText: 'Not Found' })),
    );
    // Loading the check would fail this test: start-up catches it and logs an error.
    vi.doMock('../../src/app/apply-settings', () => {
      throw new Error('the settings check was loaded');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await loadCourseSettings({ keepCopy: false });
    vi.doUnmock('../../src/app/apply-settings');
    const loaded = loadedSettings();
    expect(loaded.settings).toBe(DEFAULT_SETTINGS);
    expect(loaded.fromFile).toEqual([]);
    expect(loaded.source).toMatchObject({ kind: 'unavailable', reason: 'the server answered 404 Not Found' });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('was not read (the server answered 404 Not Found)'));
  });

  test('an edited file is checked and applied', async () => {
    serve(shipped.replace('"passMark": 80', '"passMark": 70').replace('"courseReview": true', '"courseReview": "yes"'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await loadCourseSettings({ keepCopy: false });
    const loaded = loadedSettings();
    expect(loaded.settings.passMark).toBe(70);
    expect(loaded.problems.map((p) => p.field)).toEqual(['courseReview']);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('1 problem'));
  });
});
