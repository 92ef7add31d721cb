// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/config/site';
import { checkSettings, checkSettingsText, type SettingsContext } from '../../../src/domain/settings/check-settings';
import type { SettingsProblem } from '../../../src/domain/settings/settings-types';

const ctx: SettingsContext = { defaults: DEFAULT_SETTINGS, moduleIds: DEFAULT_SETTINGS.modules };
const check = (raw: unknown) => checkSettings(raw, ctx);
const fields = (problems: SettingsProblem[]) => problems.map((p) => p.field);

test('the shipped course-settings.json is fully valid and says exactly what the defaults say', () => {
  const { settings, problems } = checkSettingsText(readFileSync('public/course-settings.json', 'utf8'), ctx);
  expect(problems).toEqual([]);
  expect(settings).toEqual(DEFAULT_SETTINGS);
});

test('an empty object keeps every default and reports nothing', () => {
  expect(check({})).toEqual({ settings: DEFAULT_SETTINGS, problems: [], fromFile: [] });
});

test('a host file with every field valid is used as written', () => {
  const file = {
    courseName: 'Peer Support Foundations',
    organizationName: 'Harbor Peers',
    crisisLines: [
      { label: 'In the UK and Ireland', number: '116 123', chat: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/' },
      { label: 'For young people', number: '0800 1111', text: 'SHOUT to 85258' },
    ],
    emergencyNumber: '999',
    escalationRoute: 'Call the on-call supervisor at 0161 496 0000, then write an incident note before the end of your shift.',
    reportingNotes: 'In England, safeguarding concerns about adults go to the local authority through your safeguarding lead.',
    passMark: 75,
    modules: ['hopeful', 'voluntary', 'respectful'],
    courseReview: false,
    accentColor: { light: '#1b4f8a', dark: '#9cc9ff' },
    logo: 'brand/harbor-logo.svg',
    instructorContact: 'Jordan Ames, training@harborpeers.example, 0161 496 0001',
  };
  const { settings, problems, fromFile } = check(file);
  expect(problems).toEqual([]);
  expect(settings).toEqual(file);
  expect(fromFile).toEqual(Object.keys(file));
});

test.each([
  ['courseName', '', 'is empty'],
  ['courseName', 42, 'must be text in quotes'],
  ['courseName', 'Two\nlines', 'must be on one line'],
  ['courseName', 'x'.repeat(81), 'longer than 80'],
  ['organizationName', ['Harbor'], 'must be text in quotes'],
  ['emergencyNumber', '9-1-1 please', 'is not a phone number'],
  ['emergencyNumber', 911, 'must be a phone number in quotes'],
  ['escalationRoute', 'x'.repeat(301), 'longer than 300'],
  ['reportingNotes', true, 'must be text in quotes'],
  ['passMark', '80', 'write the number without quotes'],
  ['passMark', 101, 'from 0 to 100'],
  ['passMark', 79.5, 'whole number'],
  ['courseReview', 'yes', 'must be true or false'],
  ['logo', 'https://cdn.example.com/logo.svg', 'is a web address'],
  ['logo', '//cdn.example.com/logo.svg', 'is a web address'],
  ['logo', 'data:image/svg+xml,<svg/>', 'is a web address'],
  ['logo', '/logo.svg', 'starts with a slash'],
  ['logo', '../logo.svg', 'leaves the course folder'],
  ['logo', 'logo.pdf', 'is not an image file'],
  ['logo', 'my logo.svg', 'may use only letters'],
  ['instructorContact', '', 'is empty'],
])('%s = %j is refused (%s) and the default kept', (field, value, message) => {
  const { settings, problems, fromFile } = check({ [field]: value });
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ kind: 'invalid', field });
  expect(problems[0]!.message).toContain(message);
  expect(problems[0]!.message).toMatch(/default is used|left unset/);
  expect(settings).toEqual(DEFAULT_SETTINGS);
  expect(fromFile).toEqual([]);
});

test('optional fields set to null are unset, and count as read from the file', () => {
  const { settings, problems, fromFile } = check({ organizationName: null, escalationRoute: null, logo: null, accentColor: null });
  expect(problems).toEqual([]);
  expect(settings).toEqual(DEFAULT_SETTINGS);
  expect(fromFile).toEqual(['organizationName', 'escalationRoute', 'logo', 'accentColor']);
});

test('required fields may not be null', () => {
  const { problems } = check({ courseName: null, emergencyNumber: null, crisisLines: null, modules: null });
  expect(fields(problems)).toEqual(['courseName', 'emergencyNumber', 'crisisLines', 'modules']);
});

test('a crisis line with a bad part is left out; the good lines stay', () => {
  const { settings, problems } = check({
    crisisLines: [
      { label: 'Lifeline', number: '13 11 14' },
      { label: 'Broken', number: 'call us' },
      { label: '', number: '1800 55 1800' },
      { label: 'Chat', number: '1300 22 4636', chat: 'http://insecure.example' },
    ],
  });
  expect(settings.crisisLines).toEqual([{ label: 'Lifeline', number: '13 11 14' }]);
  expect(fields(problems)).toEqual(['crisisLines[1].number', 'crisisLines[2].label', 'crisisLines[3].chat']);
  expect(problems.every((p) => p.message.endsWith('this line is left out'))).toBe(true);
});

test('with no usable crisis line the default lines stay, so a crisis line is always shown', () => {
  for (const value of [[], [{ label: 'x' }], 'call 988', {}]) {
    const { settings, problems } = check({ crisisLines: value });
    expect(settings.crisisLines).toEqual(DEFAULT_SETTINGS.crisisLines);
    expect(problems.at(-1)).toMatchObject({ field: 'crisisLines' });
    expect(problems.at(-1)!.message).toContain('own crisis lines are shown');
  }
});

test('more than four crisis lines: the first four are shown and the host is told', () => {
  const line = (n: number) => ({ label: `Line ${n}`, number: `0800 00${n}` });
  const { settings, problems } = check({ crisisLines: [1, 2, 3, 4, 5].map(line) });
  expect(settings.crisisLines).toHaveLength(4);
  expect(problems).toEqual([expect.objectContaining({ field: 'crisisLines', message: expect.stringContaining('only the first 4') })]);
});

test('a text line may be a number or "KEYWORD to NUMBER"; anything else is refused', () => {
  const ok = check({ crisisLines: [{ label: 'A', number: '988', text: 'HOME to 741741' }] });
  expect(ok.problems).toEqual([]);
  const bad = check({ crisisLines: [{ label: 'A', number: '988', text: 'text us any time' }] });
  expect(fields(bad.problems)).toEqual(['crisisLines[0].text', 'crisisLines']);
});

test('modules: unknown ids and repeats are left out, the order is the host’s', () => {
  const { settings, problems } = check({ modules: ['respectful', 'hopefull', 'voluntary', 'respectful', 7] });
  expect(settings.modules).toEqual(['respectful', 'voluntary']);
  expect(fields(problems)).toEqual(['modules[1]', 'modules[3]', 'modules[4]']);
  expect(problems[0]!.message).toContain('did you mean "hopeful"?');
  expect(problems[1]!.message).toContain('listed twice');
});

test('modules that name nothing the course has show every module', () => {
  const { settings, problems } = check({ modules: ['nope'] });
  expect(settings.modules).toEqual(DEFAULT_SETTINGS.modules);
  expect(problems.at(-1)!.message).toContain('every module is shown');
});

test('one accent colour is checked for each theme on its own', () => {
  // A mid-tone blue reaches 3:1 against both themes' backgrounds and 4.5:1 with one text colour.
  const both = check({ accentColor: '#3d6fb6' });
  expect(both.problems).toEqual([]);
  expect(both.settings.accentColor).toEqual({ light: '#3d6fb6', dark: '#3d6fb6' });
  // A dark navy passes in the light theme only; the dark theme keeps the course's colour.
  const dark = check({ accentColor: '#123' });
  expect(dark.settings.accentColor).toEqual({ light: '#112233' });
  expect(dark.problems).toEqual([expect.objectContaining({ field: 'accentColor (dark theme)' })]);
  expect(dark.problems[0]!.message).toMatch(/stands out from the dark theme's background by only \d\.\d\d:1 \(needs 3:1\)/);
});

test('an accent colour with too little contrast is refused with the ratio it reaches', () => {
  const { settings, problems } = check({ accentColor: { light: '#ffeb3b', dark: '#0d1b2a', sepia: '#704214' } });
  expect(settings.accentColor).toEqual({});
  expect(fields(problems)).toEqual(['accentColor.light', 'accentColor.dark', 'accentColor.sepia']);
  expect(problems[0]!.message).toMatch(/#ffeb3b is refused for the light theme \(WCAG AA\): .*only 1\.\d\d:1 \(needs 3:1\)/);
  expect(problems[2]).toMatchObject({ kind: 'unknown' });
});

test('an accent that is not a colour is refused', () => {
  expect(fields(check({ accentColor: 'teal' }).problems)).toEqual(['accentColor (light theme)', 'accentColor (dark theme)']);
  expect(fields(check({ accentColor: 12 }).problems)).toEqual(['accentColor']);
});

test('unknown fields are reported with a likely spelling, and ignored', () => {
  const { settings, problems } = check({ crisisLine: 'In the UK, call 116 123.', passmark: 70, theme: 'dark', $comment: 'notes are fine' });
  expect(settings).toEqual(DEFAULT_SETTINGS);
  expect(problems.map((p) => [p.kind, p.field])).toEqual([
    ['unknown', 'crisisLine'],
    ['unknown', 'passmark'],
    ['unknown', 'theme'],
  ]);
  expect(problems[0]!.message).toContain('did you mean "crisisLines"?');
  expect(problems[1]!.message).toContain('did you mean "passMark"?');
  expect(problems[2]!.message).not.toContain('did you mean');
});

test('unknown fields inside a crisis line are reported too', () => {
  const { settings, problems } = check({ crisisLines: [{ label: 'A', number: '988', phone: '988' }] });
  expect(settings.crisisLines).toEqual([{ label: 'A', number: '988' }]);
  expect(problems).toEqual([expect.objectContaining({ kind: 'unknown', field: 'crisisLines[0].phone' })]);
});

test('one bad field never costs the others', () => {
  const { settings, problems } = check({ courseName: 'Harbor Peer Training', passMark: 'high', emergencyNumber: '112' });
  expect(settings).toMatchObject({ courseName: 'Harbor Peer Training', passMark: 80, emergencyNumber: '112' });
  expect(fields(problems)).toEqual(['passMark']);
});

test.each([
  ['not JSON', '{ "courseName": "A", }', 'is not valid JSON'],
  ['empty', '   ', 'is empty'],
  ['a list', '[]', 'must hold one object'],
  ['too large', `{"courseName": "${'x'.repeat(100_001)}"}`, 'larger than'],
])('a file that is %s keeps every default with one clear problem', (_, text, message) => {
  const { settings, problems } = checkSettingsText(text, ctx);
  expect(settings).toEqual(DEFAULT_SETTINGS);
  expect(problems).toEqual([expect.objectContaining({ kind: 'invalid', field: 'file', message: expect.stringContaining(message) })]);
});

test('a byte-order mark at the start of the file is fine', () => {
  expect(checkSettingsText('\uFEFF{"passMark": 70}', ctx).settings.passMark).toBe(70);
});

test('checking never changes the defaults it was given', () => {
  const before = structuredClone(DEFAULT_SETTINGS);
  check({ crisisLines: [{ label: 'A', number: '12' }], modules: ['hopeful'], accentColor: '#3d6fb6' });
  expect(DEFAULT_SETTINGS).toEqual(before);
});
