// @vitest-environment node
// `npm run settings:check` runs the course's own check on a file before upload and says, by its
// exit code, whether the file is fully valid (0), has problems (1) or could not be read (2).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'psv-settings-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the script on `text` (or on a path that does not exist when text is null). */
function run(text: string | null, files: Record<string, string> = {}) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  if (text !== null) writeFileSync(path, text);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  const result = spawnSync(process.execPath, ['scripts/settings-check.mjs', path], { encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

test('a valid file passes with exit code 0 and shows what learners will see', () => {
  const { code, out } = run(
    JSON.stringify({
      courseName: 'Harbor Peer Training',
      crisisLines: [{ label: 'In the UK and Ireland', number: '116 123' }],
      emergencyNumber: '999',
      modules: ['hopeful', 'voluntary'],
      accentColor: { light: '#1b4f8a', dark: '#9cc9ff' },
      logo: 'harbor.svg',
    }),
    { 'harbor.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' },
  );
  expect(out).toContain(
    'crisis footer     Need help now? In the UK and Ireland, call 116 123. If someone is in immediate danger, call 999.',
  );
  expect(out).toContain('modules           hopeful, voluntary, then the course review');
  expect(out).toContain('light theme: #1b4f8a');
  expect(out).toContain('Settings check passed.');
  expect(code).toBe(0);
}, 60_000);

test('a file with problems fails with exit code 1 and lists each one', () => {
  const { code, out } = run(JSON.stringify({ passMark: '80', crisisLine: 'x', logo: 'missing.png' }));
  expect(out).toContain('✗ problem  passMark: must be a whole number from 0 to 100 (write the number without quotes)');
  expect(out).toContain('? unknown  crisisLine: is not a setting this course knows, so it was ignored (did you mean "crisisLines"?)');
  expect(out).toContain('✗ problem  logo: "missing.png" was not found beside');
  expect(out).toContain('Settings check failed: 3 problems.');
  expect(code).toBe(1);
}, 60_000);

test('a file that is not JSON fails with exit code 1; a missing file with 2', () => {
  const broken = run('{ "courseName": "A", }');
  expect(broken.out).toContain('file: is not valid JSON');
  expect(broken.code).toBe(1);
  const missing = run(null);
  expect(missing.out).toContain('no such file');
  expect(missing.code).toBe(2);
}, 60_000);
