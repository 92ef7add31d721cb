/**
 * Small, readable scenarios of each kind and a helper that renders a quiz session the way a
 * learner meets it (inside a router, with the real progress store).
 */
import { render, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import type { QuizRef } from '../../../src/course/course-data';
import type {
  BranchQuestion,
  MultiQuestion,
  Question,
  RankQuestion,
  SingleQuestion,
  ValueQuestion,
} from '../../../src/domain/content/content-types';
import { CheckSession } from '../../../src/features/quiz/check-session';
import { PracticeSession } from '../../../src/features/quiz/practice-session';
import { emptyProgress } from '../../../src/domain/progress/progress-model';
import { useProgress } from '../../../src/store/progress-store';

// jsdom has no CSS.escape, which user-event uses to move through a radio group with arrow keys.
// (Belongs in test/setup.ts; kept here until that file's owner adds it.)
if (typeof window.CSS === 'undefined') Object.defineProperty(window, 'CSS', { value: {}, configurable: true });
if (typeof window.CSS.escape !== 'function') window.CSS.escape = (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`);

const scene = { value: 'respectful', setting: 'drop-in', situation: 'Rosa offers you a gift card at the drop-in center.' } as const;

/** Single best response: "Thank her and check" is best. */
export const giftQuestion: SingleQuestion = {
  ...scene,
  id: 'gift',
  kind: 'single',
  title: 'The holiday gift',
  prompt: 'What do you do?',
  options: [
    { id: 'check', text: 'Thank her and check the gift policy', feedback: 'Warm and within policy.', best: true },
    { id: 'accept', text: 'Accept it quietly', feedback: 'Secret gifts blur the relationship.' },
    { id: 'refuse', text: 'Hand it straight back', feedback: 'A flat refusal can shame her.' },
  ],
};

/** Choose all that apply: the first two apply. */
export const boundariesQuestion: MultiQuestion = {
  ...scene,
  id: 'boundaries',
  kind: 'multi',
  title: 'The graduation invitation',
  prompt: 'Which responses fit respectful boundaries? Choose all that apply.',
  options: [
    { id: 'ceremony', text: 'Check with your supervisor about the ceremony', feedback: 'Open and approved.', correct: true },
    { id: 'decline-dinner', text: 'Decline the family dinner kindly', feedback: 'Keeps the role clear, warmly.', correct: true },
    {
      id: 'follow',
      text: 'Accept her social media follow',
      feedback: 'Mixes private lives.',
      correct: false,
      safety: 'unsafe',
      instead: 'Offer after-care contacts instead.',
    },
  ],
};

/** Rank: keyed order plan, hours, later, number. */
export const nightsQuestion: RankQuestion = {
  ...scene,
  id: 'nights',
  kind: 'rank',
  title: 'After the line closes',
  safety: ['role-limits'],
  prompt: 'Put these from most to least helpful.',
  options: [
    { id: 'plan', text: 'Decline and plan for nights', feedback: 'This belongs first.' },
    { id: 'hours', text: 'Decline and give the hours', feedback: 'This belongs second.' },
    { id: 'later', text: 'Say you will think about it', feedback: 'This belongs third.' },
    { id: 'number', text: 'Give your own number', feedback: 'This belongs last.', instead: 'Keep contact on the warmline.' },
  ],
};

/** Branch: "Decline and help" (best) leads to "after-decline"; "Lend the money" leads to "after-lend". */
export const busPassQuestion: BranchQuestion = {
  ...scene,
  id: 'bus-pass',
  kind: 'branch',
  title: 'The bus pass',
  prompt: 'Work through this conversation with Marcus.',
  safety: ['role-limits'],
  steps: [
    {
      id: 'start',
      prompt: 'What do you say?',
      options: [
        {
          id: 'decline',
          text: 'Decline and look up transit help together',
          feedback: 'Clear boundary, real help.',
          best: true,
          next: 'after-decline',
        },
        {
          id: 'lend',
          text: 'Lend him the money',
          feedback: 'Makes you a lender.',
          safety: 'unsafe',
          instead: 'Find transit help through the center.',
          next: 'after-lend',
        },
      ],
    },
    {
      id: 'after-decline',
      lead: 'Marcus says you sound like his parole officer.',
      prompt: 'What next?',
      options: [
        { id: 'acknowledge', text: 'Name the sting and keep helping', feedback: 'Warm and steady.', best: true },
        { id: 'give-in', text: 'Give in and lend it', feedback: 'Guilt moves the line.' },
      ],
    },
    {
      id: 'after-lend',
      lead: 'Marcus messages your own account at 11 pm asking for more.',
      prompt: 'What now?',
      options: [
        { id: 'reset', text: 'Talk to your supervisor and reset the boundary', feedback: 'Repairs it openly.', best: true },
        { id: 'send-more', text: 'Send more money', feedback: 'Deepens the problem.' },
      ],
    },
  ],
};

/** Which value: Respectful is best. */
export const nameQuestion: ValueQuestion = {
  ...scene,
  id: 'not-buddy',
  kind: 'value',
  title: 'Not "buddy"',
  prompt: 'Which value is most at stake here?',
  options: [
    { id: 'respectful', value: 'respectful', feedback: 'Yes: his name and space.', best: true },
    { id: 'hopeful', value: 'hopeful', feedback: 'Hope is not what is missing.' },
    { id: 'empathetic', value: 'empathetic', feedback: 'Feelings matter, but dignity is the core.' },
  ],
};

/** The quiz the fixtures belong to. */
export const fixtureQuiz: QuizRef = {
  id: 'respectful',
  title: 'Respectful',
  folder: '05-respectful',
  contentNote: 'Some scenarios mention role limits.',
};

/** Makes the next attempts' shuffle seeds `seeds` in turn (the last one repeats). */
export function seedAttempts(...seeds: number[]): void {
  let call = 0;
  vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
    (array as unknown as Uint32Array)[0] = seeds[Math.min(call, seeds.length - 1)] ?? 0;
    call += 1;
    return array;
  });
}

/** Forgets all progress (the store is a module singleton shared by the tests in a file). */
export function resetProgress(): void {
  useProgress.setState(emptyProgress());
}

/** Renders practice over `questions` (none is in the check pool), as on the practice page. */
export function renderQuiz(questions: Question[], passMark = 80) {
  return render(<PracticeSession quiz={fixtureQuiz} bank={questions} passMark={passMark} lessonHref="/module/respectful" />);
}

/** Renders the mastery check over a bank (items with `pool: 'check'` form its check pool), as on the check page. */
export function renderCheck(bank: Question[], passMark = 80) {
  return render(<CheckSession quiz={fixtureQuiz} bank={bank} passMark={passMark} lessonHref="/module/respectful" />);
}

/** Starts the quiz from its introduction with the keyboard and checks focus moved to the first scenario. */
export async function startByKeyboard(user: UserEvent, firstTitle: string): Promise<void> {
  await tabTo(user, 'button', 'Start practicing');
  await user.keyboard('{Enter}');
  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: firstTitle }));
}

/** Presses Tab until the element with this role and name has focus (at most 30 presses). */
export async function tabTo(user: UserEvent, role: 'radio' | 'checkbox' | 'button' | 'link', name: string | RegExp): Promise<HTMLElement> {
  const target = screen.getByRole(role, { name });
  for (let i = 0; i < 30 && document.activeElement !== target; i++) await user.tab();
  expect(document.activeElement).toBe(target);
  return target;
}

/** Tabs into the radio group, then chooses `name` as a keyboard user does: Space on the first radio, arrow keys to the others. */
export async function chooseRadio(user: UserEvent, name: string): Promise<void> {
  const target = screen.getByRole('radio', { name }) as HTMLInputElement;
  const onRadio = () => document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'radio';
  for (let i = 0; i < 30 && !onRadio(); i++) await user.tab();
  if (document.activeElement === target) await user.keyboard(' ');
  for (let i = 0; i < 10 && !target.checked; i++) await user.keyboard('{ArrowDown}');
  expect(target.checked).toBe(true);
}

/** Chooses `name` with the keyboard, then tabs to "Submit answer" and presses Enter. */
export async function answerRadio(user: UserEvent, name: string): Promise<void> {
  await chooseRadio(user, name);
  await tabTo(user, 'button', 'Submit answer');
  await user.keyboard('{Enter}');
}

/** The polite live region's current text. */
export function liveText(): string {
  return screen.getByRole('status').textContent ?? '';
}

/** The labels of the radios or checkboxes on screen, in the order shown. */
export function shownChoices(role: 'radio' | 'checkbox'): string[] {
  return screen.getAllByRole(role).map((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '');
}
