import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { checkFetched } from '../../src/app/apply-settings';
import { CrisisLine } from '../../src/components/crisis-line';
import { setLoadedSettings } from '../../src/config/course-settings';
import { DEFAULT_SETTINGS } from '../../src/config/site';
import { applyCourseSettings } from '../../src/course/course-data';
import type { SingleQuestion } from '../../src/domain/content/content-types';
import { crisisText } from '../../src/domain/settings/crisis-text';
import type { CourseSettings } from '../../src/domain/settings/settings-types';
import { ScenarioCard } from '../../src/features/quiz/scenario-card';
import { renderApp } from '../render-app';

/** Puts settings in place the way start-up does. */
function useSettings(overrides: Partial<CourseSettings>): void {
  const settings = { ...DEFAULT_SETTINGS, ...overrides };
  setLoadedSettings({ settings, problems: [], fromFile: Object.keys(overrides), source: { kind: 'built-in' } });
  applyCourseSettings(settings);
}

afterEach(() => {
  setLoadedSettings({ settings: DEFAULT_SETTINGS, problems: [], fromFile: [], source: { kind: 'built-in' } });
  applyCourseSettings(DEFAULT_SETTINGS);
});

test('the course shows only the host’s modules, in the host’s order, with its name', async () => {
  useSettings({
    courseName: 'Harbor Peer Training',
    organizationName: 'Harbor Peers',
    modules: ['respectful', 'voluntary'],
    courseReview: false,
  });
  await renderApp('/');
  expect(await screen.findByRole('heading', { level: 1, name: 'Harbor Peer Training' })).toBeTruthy();
  const modules = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
  expect(modules).toEqual(['Respectful', 'Voluntary']);
  expect(screen.getByText(/^Two short lessons/)).toBeTruthy();
  expect(screen.getByText('0 of 2 modules passed')).toBeTruthy();
  expect(screen.queryByRole('link', { name: 'Take the final check' })).toBeNull();
  expect(screen.queryByRole('link', { name: 'Practice mixed scenarios' })).toBeNull();
  expect(within(screen.getByRole('banner')).getByRole('link', { name: /Harbor Peer Training/ }).textContent).toContain('Harbor Peers');
  expect(document.title).toBe('Harbor Peer Training · Harbor Peer Training');
});

test('a module the host left out is not found, and neither is a hidden course review', async () => {
  useSettings({ modules: ['hopeful'], courseReview: false });
  await renderApp('/module/voluntary');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  cleanup();
  await renderApp('/review/practice');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
});

test('the footer shows the host’s crisis lines, emergency number and contact line', async () => {
  useSettings({
    crisisLines: [
      { label: 'In the UK and Ireland', number: '116 123' },
      { label: 'For young people', number: '0800 1111', text: 'SHOUT to 85258', chat: 'https://example.org/chat' },
    ],
    emergencyNumber: '999',
    instructorContact: 'Jordan Ames, training@harbor.example',
  });
  await renderApp('/');
  const footer = await screen.findByRole('contentinfo');
  // The course review is offered by default.
  expect(screen.getByRole('link', { name: 'Take the final check' })).toBeTruthy();
  expect(footer.textContent).toContain(
    'In the UK and Ireland, call 116 123. For young people, call 0800 1111, or text SHOUT to 85258, or chat online. If someone is in immediate danger, call 999.',
  );
  expect(within(footer).getByRole('link', { name: '116 123' }).getAttribute('href')).toBe('tel:116123');
  expect(within(footer).getByRole('link', { name: 'chat online' }).getAttribute('href')).toBe('https://example.org/chat');
  expect(footer.textContent).toContain('Questions about this course: Jordan Ames, training@harbor.example');
});

test.each([
  [DEFAULT_SETTINGS.crisisLines, '911'],
  [[{ label: 'In Australia', number: '13 11 14', text: '0477 13 11 14' }], '000'],
  [[{ label: 'Here', number: '988', text: 'HOME to 988', chat: 'https://example.org' }], '112'],
])('the crisis line reads exactly as the settings check prints it (%#)', (crisisLines, emergencyNumber) => {
  useSettings({ crisisLines, emergencyNumber });
  render(<CrisisLine />);
  expect(screen.getByText(/Need help now\?/).closest('p')!.textContent).toBe(
    `Need help now? ${crisisText({ crisisLines, emergencyNumber })}`,
  );
});

const safetyQuestion: SingleQuestion = {
  id: 'safe-child',
  kind: 'single',
  value: 'honest-and-direct',
  setting: 'youth-family',
  title: 'The bruise',
  situation: 'A boy says his stepfather hurt him.',
  prompt: 'What do you do?',
  safety: ['abuse-neglect'],
  options: [
    {
      id: 'report',
      text: 'Tell him you must report, and go to your supervisor.',
      feedback: 'Honest and safe.',
      best: true,
      safety: 'escalates',
    },
    { id: 'secret', text: 'Promise to keep it secret.', feedback: 'Leaves him at risk.', safety: 'unsafe', instead: 'Report it.' },
  ],
};

test('safety feedback shows the organization’s escalation route and its reporting notes', () => {
  useSettings({
    organizationName: 'Harbor Peers',
    escalationRoute: 'Call the on-call supervisor at 555-0100, then file an incident note.',
    reportingNotes: 'In this state peer workers are mandated reporters of child abuse.',
  });
  render(<ScenarioCard question={safetyQuestion} seed={1} answer={{ kind: 'single', optionId: 'secret' }} />);
  expect(screen.getByText('Call the on-call supervisor at 555-0100, then file an incident note.').textContent).toBeTruthy();
  expect(screen.getByText('Your organization (Harbor Peers):')).toBeTruthy();
  expect(screen.getByText('In this state peer workers are mandated reporters of child abuse.')).toBeTruthy();
});

test('reporting notes stay off scenarios that involve no reporting, and nothing shows before an answer', () => {
  useSettings({ escalationRoute: 'Call the on-call supervisor.', reportingNotes: 'Mandated reporters.' });
  const medication = { ...safetyQuestion, safety: ['medication-diagnosis' as const] };
  const { unmount } = render(<ScenarioCard question={medication} seed={1} answer={{ kind: 'single', optionId: 'report' }} />);
  expect(screen.getByText('Call the on-call supervisor.')).toBeTruthy();
  expect(screen.queryByText('Mandated reporters.')).toBeNull();
  unmount();
  render(<ScenarioCard question={safetyQuestion} seed={1} answer={undefined} onAnswer={() => {}} />);
  expect(screen.queryByText('Call the on-call supervisor.')).toBeNull();
});

test('a mastery check shows no organization line until its feedback is shown', () => {
  useSettings({ escalationRoute: 'Call the on-call supervisor.' });
  render(<ScenarioCard question={safetyQuestion} seed={1} answer={{ kind: 'single', optionId: 'report' }} onAnswer={() => {}} blind />);
  expect(screen.queryByText('Call the on-call supervisor.')).toBeNull();
});

test('with the course’s own settings, safety feedback shows no organization line', () => {
  render(<ScenarioCard question={safetyQuestion} seed={1} answer={{ kind: 'single', optionId: 'report' }} />);
  expect(screen.queryByText(/Your organization/)).toBeNull();
});

test('a fetched file is checked, and a saved offline copy is said to be one', () => {
  const loaded = checkFetched({ text: '{"emergencyNumber": "112", "colour": "red"}', savedCopy: true }, 'u');
  expect(loaded.settings.emergencyNumber).toBe('112');
  expect(loaded.problems).toEqual([expect.objectContaining({ kind: 'unknown', field: 'colour' })]);
  expect(loaded.source).toEqual({ kind: 'file', url: 'u', savedCopy: true });
});
