// @vitest-environment node
import { expect, test } from 'vitest';
import { formatProblem } from '../../../src/domain/content/content-problem';
import {
  SETTINGS,
  VALUE_IDS,
  type BranchQuestion,
  type BranchStep,
  type ResponseOption,
  type SafetyTag,
  type ValueId,
} from '../../../src/domain/content/content-types';
import { type CourseInput, validateCourse } from '../../../src/domain/content/validate-course';
import { type FixtureCourse, bankIn, questionOf, validCourse, validLesson } from '../../fixtures/content-fixtures';

const VOL = 'content/01-voluntary/scenarios.ts';
const LESSON = 'content/01-voluntary/lesson.mdx';
const ONE_BEST = 'exactly one must have best: true';

/** Builds the valid course, lets the test break it, and returns the problems as printed lines. */
function problemsAfter(breakIt: (course: FixtureCourse) => void): string[] {
  const course = validCourse();
  breakIt(course);
  return validateCourse(course).map(formatProblem);
}

/** Replaces the voluntary lesson's source. */
const editLesson = (course: FixtureCourse, edit: (source: string) => string): void => {
  const lesson = course.lessons[0];
  if (lesson) lesson.source = edit(validLesson());
};

test('an acronym spelled out at its first use passes, and later uses and the Sources list need nothing more', () => {
  const problems = problemsAfter((c) =>
    editLesson(c, (s) =>
      s
        .replace(
          'Choice builds on respect',
          'The Substance Abuse and Mental Health Services Administration (SAMHSA) agrees. SAMHSA says so twice. Choice builds on respect',
        )
        .replace('- NIDA, Words Matter.', '- NIDA, Words Matter.\n- IC&RC. Peer Recovery domains.'),
    ),
  );
  expect(problems).toEqual([]);
});

test('the valid fixture course has no problems', () => {
  expect(validateCourse(validCourse())).toEqual([]);
});

test('a question id used in two modules names both places', () => {
  const problems = problemsAfter((c) => {
    bankIn(c, '02-hopeful').questions[0]!.id = 'vol-er-choice';
  });
  expect(problems).toEqual([
    'content/02-hopeful/scenarios.ts › questions[0].id: duplicate question id "vol-er-choice" (also used at content/01-voluntary/scenarios.ts › questions[0].id): ids must be unique across the course',
  ]);
});

test('a response without feedback is reported at its feedback field', () => {
  const problems = problemsAfter((c) => {
    const option: Partial<ResponseOption> = questionOf(c, 'single').options[1]!;
    delete option.feedback;
  });
  expect(problems).toEqual([`${VOL} › questions[0].options[1].feedback: feedback is missing`]);
});

test('two best answers in a single question are both named', () => {
  const problems = problemsAfter((c) => {
    questionOf(c, 'single').options[1]!.best = true;
  });
  expect(problems).toEqual([`${VOL} › questions[0].options: 2 options are marked best ("a", "b"): ${ONE_BEST}`]);
});

test('a single question with no best answer is reported', () => {
  const problems = problemsAfter((c) => {
    questionOf(c, 'single').options[0]!.best = false;
  });
  expect(problems).toEqual([`${VOL} › questions[0].options: no option is marked best: ${ONE_BEST}`]);
});

test('empty text is reported, even when it is only spaces', () => {
  const problems = problemsAfter((c) => {
    questionOf(c, 'single').options[2]!.text = '   ';
  });
  expect(problems).toEqual([`${VOL} › questions[0].options[2].text: text is empty`]);
});

test('an unknown value names the values that exist', () => {
  const problems = problemsAfter((c) => {
    questionOf(c, 'single').value = 'kindness' as ValueId;
  });
  expect(problems).toEqual([`${VOL} › questions[0].value: unknown value "kindness"; use one of: ${VALUE_IDS.join(', ')}`]);
});

test('a branch option whose next points nowhere is reported at that option', () => {
  const problems = problemsAfter((c) => {
    questionOf(c, 'branch').steps[0]!.options[0]!.next = 'nowhere';
  });
  expect(problems).toEqual([
    `${VOL} › questions[3].steps[0].options[0].next: next points to unknown step "nowhere"; steps are: "start", "next"`,
  ]);
});

test('a safety-tagged scenario whose best answer does not escalate is reported', () => {
  const problems = problemsAfter((c) => {
    questionOf(c, 'single').safety = ['suicide-risk'];
  });
  expect(problems).toEqual([
    `${VOL} › questions[0].options[0]: this scenario is safety-tagged (suicide-risk), so its best response must be the escalation or stay-in-role response, marked safety: 'escalates'`,
  ]);
});

test('an unsafe response without an instead is reported', () => {
  const problems = problemsAfter((c) => {
    delete questionOf(c, 'branch').steps[0]!.options[1]!.instead;
  });
  expect(problems).toEqual([
    `${VOL} › questions[3].steps[0].options[1].instead: an unsafe response needs \`instead\`: the safe thing to do, shown with its feedback`,
  ]);
});

test('a manifest whose order does not match the folders names each misplaced module', () => {
  const problems = problemsAfter((c) => {
    const [first, second, third, ...rest] = c.manifest.modules;
    c.manifest.modules = [first!, third!, second!, ...rest];
  });
  const order = VALUE_IDS.join(', ');
  expect(problems).toEqual([
    `content/course.ts › modules[1].id: expected "hopeful" here, found "open-minded": modules follow the value order ${order}`,
    'content/course.ts › modules[1].folder: folder "03-open-minded" should be "02-open-minded": folders are numbered in manifest order and named by module id',
    `content/course.ts › modules[2].id: expected "open-minded" here, found "hopeful": modules follow the value order ${order}`,
    'content/course.ts › modules[2].folder: folder "02-hopeful" should be "03-hopeful": folders are numbered in manifest order and named by module id',
  ]);
});

test('a lesson missing a required section names the section', () => {
  const problems = problemsAfter((c) => editLesson(c, (s) => s.replace('## Common pitfalls and misconceptions\n', '')));
  expect(problems).toEqual([`${LESSON} › sections: missing required section "## Common pitfalls and misconceptions"`]);
});

test('an unregistered MDX component is named with its line', () => {
  const problems = problemsAfter((c) => editLesson(c, (s) => `${s}\n<Callout>Note this.</Callout>\n`));
  expect(problems).toEqual([
    `${LESSON} › line 35: unknown component <Callout>; lessons may use only <KeyIdea>, <Example>, <Reflect>, <Recap>, <ContentNote>`,
  ]);
});

test('a stigmatizing term in the course voice is reported with a suggestion', () => {
  const problems = problemsAfter((c) => {
    questionOf(c, 'single').situation = 'Marcus is an addict who came in last night.';
  });
  expect(problems).toEqual([
    `${VOL} › questions[0].situation: "addict" is stigmatizing language in the course's own voice; use "person with a substance use disorder" or "person who uses drugs" (quote it only as a character's own words)`,
  ]);
});

test('the same term inside a character’s quoted words is not reported', () => {
  const problems = problemsAfter((c) => {
    questionOf(c, 'single').situation = 'Marcus says, "I am an addict, and I was clean for a year."';
    questionOf(c, 'rank').situation = 'Dana calls herself “an alcoholic”.';
  });
  expect(problems).toEqual([]);
});

test('a stigmatizing term in lesson prose is reported by line, and MDX attributes are not prose', () => {
  const problems = problemsAfter((c) =>
    editLesson(c, (s) =>
      s.replace('Walking away', 'Calling someone manipulative or walking away').replace('title="On the phone"', 'title="The junkie call"'),
    ),
  );
  expect(problems).toEqual([
    `${LESSON} › line 17: "manipulative" is stigmatizing language in the course's own voice; use a plain description of what the person did or asked for (quote it only as a character's own words)`,
  ]);
});

test.each([
  ['null', null, `${VOL} › bank: the file must export a scenario bank { module, questions }, found null`],
  ['a string', 'oops', `${VOL} › bank: the file must export a scenario bank { module, questions }, found the text "oops"`],
  ['a bank with no questions', { module: 'voluntary' }, `${VOL} › questions: questions is missing`],
  [
    'a bank whose questions is not a list',
    { module: 'voluntary', questions: 3 },
    `${VOL} › questions: questions must be a list, found number 3`,
  ],
  [
    'a bank whose scenarios are not objects',
    { module: 'voluntary', questions: [null] },
    `${VOL} › questions[0]: a scenario must be an object, found null`,
  ],
])('a malformed bank (%s) is reported, never thrown', (_name, bank, expected) => {
  const course: CourseInput = validCourse();
  course.banks[0]!.bank = bank;
  expect(() => validateCourse(course)).not.toThrow();
  expect(validateCourse(course).map(formatProblem)).toEqual([expected]);
});

test('deeply malformed scenarios of every kind are reported, never thrown', () => {
  const junk = [
    { kind: 'branch', steps: 'x' },
    { kind: 'branch', steps: [null, { options: [null, { next: 5 }] }] },
    { kind: 'multi', options: [{ correct: 'yes' }, 7] },
    { kind: 'value', options: [{ value: 3 }] },
    { kind: 'rank', options: {} },
    { kind: 'single', safety: 'suicide-risk', options: [] },
  ];
  const course: CourseInput = validCourse();
  course.banks[0]!.bank = { module: 'voluntary', questions: junk };
  expect(() => validateCourse(course)).not.toThrow();
  expect(validateCourse(course).length).toBeGreaterThan(junk.length);
});

/** A valid step that no option leads to. */
const orphanStep = (): BranchStep => ({
  id: 'orphan',
  lead: 'Time passes.',
  prompt: 'Then what?',
  options: ['x', 'y', 'z'].map((id) => ({
    id,
    text: 'Text.',
    feedback: 'Feedback.',
    best: id === 'x',
    safety: id === 'x' ? 'escalates' : undefined,
  })),
});

/** Cuts a branch down to its first step, with every `next` removed. */
function keepFirstStepOnly(q: BranchQuestion): void {
  q.steps = q.steps.slice(0, 1);
  for (const option of q.steps[0]!.options) delete option.next;
}

// One test per remaining mistake kind: [what is broken, how, the exact line expected].
const P = `${VOL} › questions`;
test.each<[string, (c: FixtureCourse) => void, string]>([
  [
    'a duplicate option id',
    (c) => void (questionOf(c, 'single').options[1]!.id = 'a'),
    `${P}[0].options[1].id: duplicate option id "a" (also used at questions[0].options[0])`,
  ],
  [
    'an id that is not kebab-case',
    (c) => void (questionOf(c, 'single').id = 'Vol_Choice'),
    `${P}[0].id: id "Vol_Choice" must be lowercase kebab-case, like "vol-er-naloxone"`,
  ],
  [
    'an unknown setting',
    (c) => void (questionOf(c, 'single').setting = 'jail' as 'er'),
    `${P}[0].setting: unknown setting "jail"; use one of: ${Object.keys(SETTINGS).join(', ')}`,
  ],
  [
    'an unknown safety tag',
    (c) => (Object.assign(questionOf(c, 'single'), { safety: ['fire' as SafetyTag] }).options[0]!.safety = 'escalates'),
    `${P}[0].safety[0]: unknown safety tag "fire"; use one of: suicide-risk, overdose-medical, violence, abuse-neglect, partner-violence, psychosis, minor-at-risk, remote-risk, medication-diagnosis, role-limits, own-distress, legal`,
  ],
  [
    'an unknown kind',
    (c) => void (questionOf(c, 'single').kind = 'essay' as 'single'),
    `${P}[0].kind: unknown kind "essay"; use one of: single, multi, rank, branch, value`,
  ],
  ['too few options', (c) => void questionOf(c, 'single').options.pop(), `${P}[0].options: has 2 options: a question or step needs 3 to 5`],
  [
    'too many rank options',
    (c) => void questionOf(c, 'rank').options.push(...['d', 'e', 'f'].map((id) => ({ id, text: 'T.', feedback: 'F.' }))),
    `${P}[2].options: has 6 options: a question or step needs 3 to 5`,
  ],
  [
    'a multi option without correct',
    (c) => void delete (questionOf(c, 'multi').options[2] as { correct?: boolean }).correct,
    `${P}[1].options[2].correct: correct is missing: each option in a multi question needs correct: true or correct: false`,
  ],
  [
    'a multi question with no correct option',
    (c) => questionOf(c, 'multi').options.forEach((o) => void (o.correct = false)),
    `${P}[1].options: no option is correct: at least one must have correct: true`,
  ],
  [
    'a multi question with no incorrect option',
    (c) => questionOf(c, 'multi').options.forEach((o) => void (o.correct = true)),
    `${P}[1].options: every option is correct: at least one must have correct: false`,
  ],
  [
    'a value option naming an unknown value',
    (c) => void (questionOf(c, 'value').options[2]!.value = 'grit' as ValueId),
    `${P}[4].options[2].value: unknown value "grit"; use one of: ${VALUE_IDS.join(', ')}`,
  ],
  [
    'a value offered twice',
    (c) => void (questionOf(c, 'value').options[2]!.value = 'voluntary'),
    `${P}[4].options[2].value: value "voluntary" is offered twice (also at questions[4].options[0])`,
  ],
  [
    'a duplicate step id',
    (c) => void questionOf(c, 'branch').steps.push({ ...orphanStep(), id: 'next' }),
    `${P}[3].steps[2].id: duplicate step id "next" (also used at questions[3].steps[1])`,
  ],
  [
    'a branch step with two best answers',
    (c) => void Object.assign(questionOf(c, 'branch').steps[1]!.options[1]!, { best: true, safety: 'escalates' }),
    `${P}[3].steps[1].options: 2 options are marked best ("connect", "b"): ${ONE_BEST}`,
  ],
  [
    'an unreachable step',
    (c) => void questionOf(c, 'branch').steps.push(orphanStep()),
    `${P}[3].steps[2]: step "orphan" is unreachable: no path from the first step leads to it`,
  ],
  [
    'a loop between steps',
    (c) => void (questionOf(c, 'branch').steps[1]!.options[1]!.next = 'start'),
    `${P}[3].steps: steps form a loop (start → next → start): every path must end`,
  ],
  [
    'a branch that never reaches a second step',
    (c) => keepFirstStepOnly(questionOf(c, 'branch')),
    `${P}[3].steps[0].options: no option in the first step leads to another step: a branch needs at least two steps (give an option next: "step-id")`,
  ],
  [
    'a later branch step without a lead',
    (c) => void delete questionOf(c, 'branch').steps[1]!.lead,
    `${P}[3].steps[1].lead: lead is missing: a later step says what happened to bring the learner here`,
  ],
  [
    'a branch with no steps',
    (c) => void (questionOf(c, 'branch').steps = []),
    `${P}[3].steps: steps is empty: a branch needs a first step`,
  ],
  [
    'an unsafe response keyed best',
    (c) => Object.assign(questionOf(c, 'single').options[0]!, { safety: 'unsafe', instead: 'Call your supervisor.' }),
    `${P}[0].options[0]: an unsafe response cannot be the best answer`,
  ],
  [
    'an unsafe response ranked first',
    (c) => Object.assign(questionOf(c, 'rank').options[0]!, { safety: 'unsafe', instead: 'Call your supervisor.' }),
    `${P}[2].options[0]: an unsafe response cannot be ranked first`,
  ],
  [
    'an escalation mark in an untagged scenario',
    (c) => void (questionOf(c, 'single').options[0]!.safety = 'escalates'),
    `${P}[0].options[0].safety: safety: 'escalates' needs a safety-tagged scenario: add the trigger to the scenario's safety list, or remove this mark`,
  ],
  [
    'a safety-tagged value question',
    (c) => void (questionOf(c, 'value').safety = ['violence']),
    `${P}[4].safety: a safety-tagged scenario cannot be a value question: its keyed answer must be a response marked safety: 'escalates' (use single, multi, rank or branch)`,
  ],
  [
    'a safety-tagged multi question with a correct response that does not escalate',
    (c) => {
      const q = questionOf(c, 'multi');
      q.safety = ['overdose-medical'];
      q.options[0]!.safety = 'escalates';
    },
    `${P}[1].options[1]: this scenario is safety-tagged (overdose-medical), so its every correct response must be the escalation or stay-in-role response, marked safety: 'escalates'`,
  ],
])('%s is reported', (_name, breakIt, expected) => {
  expect(problemsAfter(breakIt)).toEqual([expected]);
});

test.each<[string, (c: FixtureCourse) => void, string]>([
  [
    'a safety-tagged module without a content note',
    (c) => delete c.manifest.modules[0]!.contentNote,
    'content/course.ts › modules[0].contentNote: "voluntary" has safety-tagged scenarios (vol-branch, vol-branch-2), so it needs a contentNote shown before it starts',
  ],
  [
    'a manifest folder that does not exist',
    (c) => void (c.folders = c.folders.filter((f) => f !== '10-strengths-focused')),
    'content/course.ts › modules[9].folder: folder "content/10-strengths-focused" does not exist',
  ],
  [
    'an extra numbered folder',
    (c) => void c.folders.push('11-transparent'),
    'content/11-transparent › folder: numbered folder is not in the manifest (content/course.ts): add it to modules or remove it',
  ],
  [
    'a module without a lesson',
    (c) => void c.lessons.pop(),
    'content/10-strengths-focused/lesson.mdx › file: is missing: every module needs a lesson',
  ],
  [
    'a missing review bank',
    (c) => void c.banks.pop(),
    'content/review/scenarios.ts › file: is missing: every module and the review need a scenario bank',
  ],
  [
    'a bank naming another module',
    (c) => void (bankIn(c, '02-hopeful').module = 'voluntary'),
    'content/02-hopeful/scenarios.ts › module: module is "voluntary" but this folder belongs to "hopeful"',
  ],
  [
    'a module without a reflection prompt',
    (c) => delete c.reflectionPrompts.hopeful,
    'content/reflection-prompts.ts › hopeful: the "hopeful" module has no reflection prompt',
  ],
  [
    'an empty reflection prompt',
    (c) => void (c.reflectionPrompts.hopeful = ' '),
    'content/reflection-prompts.ts › hopeful: hopeful is empty',
  ],
  [
    'a reflection prompt for a module the course does not have',
    (c) => void (c.reflectionPrompts.kindness = 'What is kind?'),
    'content/reflection-prompts.ts › kindness: there is no module "kindness": prompts are keyed by module id',
  ],
  [
    'a pass mark that is not a whole percent',
    (c) => void (c.manifest.passMark = 80.5),
    'content/course.ts › passMark: passMark must be a whole number from 0 to 100, found number 80.5',
  ],
  ['an empty version', (c) => void (c.manifest.version = ''), 'content/course.ts › version: version is empty'],
  [
    'an acronym not spelled out at its first use',
    (c) => editLesson(c, (s) => s.replace('Choice builds on respect', 'SAMHSA ties choice to respect. Choice builds on respect')),
    `${LESSON} › line 20: spell out "SAMHSA" at its first use in this lesson, for example "Substance Abuse and Mental Health Services Administration (SAMHSA)"`,
  ],
  [
    'an acronym the course does not know (a new one, or a typo)',
    (c) => editLesson(c, (s) => s.replace('Choice builds on respect', 'The SAMSHA guide agrees. Choice builds on respect')),
    `${LESSON} › line 20: "SAMSHA" is not a known acronym: spell it out at first use and add it to ACRONYMS in src/domain/content/acronyms.ts`,
  ],
  [
    'a lesson with a # title',
    (c) => editLesson(c, (s) => `# Voluntary\n\n${s}`),
    `${LESSON} › line 1: a lesson has no "# " heading: the page title comes from course.ts`,
  ],
  [
    'a lesson with two objectives',
    (c) => editLesson(c, (s) => s.replace('- **Spot** pressure that passes for help.\n', '')),
    `${LESSON} › ## Learning objectives: has 2 list items: list at least 3 objectives`,
  ],
  [
    'a lesson whose Examples share a setting',
    (c) => editLesson(c, (s) => s.replace('setting="warmline"', 'setting="er"')),
    `${LESSON} › <Example>: needs at least 2 <Example> blocks from different settings, found 1 setting`,
  ],
  [
    'an Example with an unknown setting',
    (c) =>
      editLesson(c, (s) =>
        s.replace('setting="warmline"', 'setting="prison"').replace('<KeyIdea>', '<Example setting="reentry">x</Example><KeyIdea>'),
      ),
    `${LESSON} › line 14: unknown setting "prison" on <Example>; use one of: ${Object.keys(SETTINGS).join(', ')}`,
  ],
  [
    'a lesson without Reflect',
    (c) => editLesson(c, (s) => s.replace('<Reflect />', '')),
    `${LESSON} › <Reflect>: missing <Reflect>: every lesson has one`,
  ],
  [
    'lesson sections out of order',
    (c) => editLesson(c, (s) => s.replace('## Reflect\n<Reflect />\n\n## Recap', '## Recap\n<Reflect />\n\n## Reflect')),
    `${LESSON} › sections: sections are out of order: found "Learning objectives", "What it means and why it matters", "What it looks like in practice", "Common pitfalls and misconceptions", "How it connects to the other values", "Recap", "Reflect", "Sources"; the required order is "Learning objectives", "What it means and why it matters", "What it looks like in practice", "Common pitfalls and misconceptions", "How it connects to the other values", "Reflect", "Recap", "Sources"`,
  ],
])('%s is reported', (_name, breakIt, expected) => {
  expect(problemsAfter(breakIt)).toEqual([expected]);
});
