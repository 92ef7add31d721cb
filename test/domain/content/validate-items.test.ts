// @vitest-environment node
// The checks that keep items honest (docs/authoring.md): pools, surface cues, safety keys and
// the cast. One test per mistake kind, each breaking the valid fixture in one way.
import { expect, test } from 'vitest';
import { formatProblem } from '../../../src/domain/content/content-problem';
import type { Question, SingleQuestion } from '../../../src/domain/content/content-types';
import { validateCourse } from '../../../src/domain/content/validate-course';
import { type FixtureCourse, bankIn, questionOf, validCourse } from '../../fixtures/content-fixtures';

const VOL = 'content/01-voluntary/scenarios.ts';

function problemsAfter(breakIt: (course: FixtureCourse) => void): string[] {
  const course = validCourse();
  breakIt(course);
  return validateCourse(course).map(formatProblem);
}

const singles = (c: FixtureCourse): SingleQuestion[] =>
  bankIn(c, '01-voluntary').questions.filter((q): q is SingleQuestion => q.kind === 'single');

test('a scenario without a pool is reported', () => {
  expect(
    problemsAfter((c) => {
      delete (bankIn(c, '01-voluntary').questions[0] as Partial<Question>).pool;
    }),
  ).toEqual([
    `${VOL} › questions[0].pool: every scenario belongs to a pool: write pool: 'practice' or pool: 'check' (docs/authoring.md, "Pools")`,
  ]);
});

test('a check pool too small for two attempts without repeats is reported', () => {
  expect(
    problemsAfter((c) => {
      const { questions } = bankIn(c, '01-voluntary');
      const moved = questions.filter((q) => q.pool === 'check' && q.kind === 'single').slice(0, 3);
      for (const q of moved) {
        // Retagged and moved up among the practice scenarios, as an author would.
        questions.splice(questions.indexOf(q), 1);
        questions.unshift({ ...q, pool: 'practice' });
      }
    }),
  ).toEqual([`${VOL} › questions: the check pool holds 5 scenarios; it needs at least 8 so check attempts do not repeat items`]);
});

test('a check scenario tagged practice, among the check scenarios, is reported at its pool tag', () => {
  const problems = problemsAfter((c) => {
    const { questions } = bankIn(c, '01-voluntary');
    questions[questions.length - 2]!.pool = 'practice';
  });
  // (The check pool, now one short, is reported too.)
  expect(problems.filter((p) => p.includes('.pool:'))).toEqual([
    `${VOL} › questions[16].pool: "vol-check-2" is tagged 'practice' but sits among the check scenarios. If it belongs to the mastery check, write pool: 'check'; if it is practice, move it above the first check scenario: a bank lists its practice scenarios first, then its check scenarios (docs/authoring.md, "Pools")`,
  ]);
});

test('a practice scenario tagged check, among the practice scenarios, is reported at its pool tag', () => {
  const problems = problemsAfter((c) => {
    bankIn(c, '01-voluntary').questions[1]!.pool = 'check';
  });
  expect(problems.filter((p) => p.includes('.pool:'))).toEqual([
    `${VOL} › questions[1].pool: "vol-multi" is tagged 'check' but sits among the practice scenarios. If it is practice, write pool: 'practice'; if it belongs to the mastery check, move it below the last practice scenario: a bank lists its practice scenarios first, then its check scenarios (docs/authoring.md, "Pools")`,
  ]);
});

test('keys that are usually the longest option are reported, with the chance figure', () => {
  const problems = problemsAfter((c) => {
    for (const q of singles(c)) q.options.find((o) => o.best)!.text = 'Response a, now.';
  });
  expect(problems).toContain(
    `${VOL} › questions: the keyed response is the longest option in 14 of 14 decisions, where chance gives about 5: a learner could pass by picking the longest answer`,
  );
});

test('keys much longer than the other options on average are reported', () => {
  const problems = problemsAfter((c) => {
    for (const q of singles(c)) q.options.find((o) => o.best)!.text = 'Response a, now.';
  });
  expect(problems.some((p) => /keyed responses are on average \d+% longer than the other options \(at most 12%\)/.test(p))).toBe(true);
});

test('an item whose options differ wildly in length is reported at its options', () => {
  expect(
    problemsAfter((c) => {
      singles(c)[0]!.options[2]!.text = 'A much longer response that runs on and on with detail.';
    }),
  ).toEqual([
    `${VOL} › questions[0].options: the options differ too much in length (shortest is 20% of the longest; keep them within about a quarter of each other)`,
  ]);
});

test('correct choose-all responses that are systematically longer are reported', () => {
  expect(
    problemsAfter((c) => {
      for (const q of bankIn(c, '01-voluntary').questions) {
        if (q.kind === 'multi') for (const o of q.options) if (o.correct) o.text = 'Response a, now.';
      }
    }),
  ).toEqual([`${VOL} › questions: in choose-all items the correct responses are on average 45% longer than the wrong ones (at most 15%)`]);
});

test('a first-ranked response that is usually the longest is reported', () => {
  expect(
    problemsAfter((c) => {
      for (const q of bankIn(c, '01-voluntary').questions) if (q.kind === 'rank') q.options[0]!.text = 'Response a, now.';
    }),
  ).toEqual([`${VOL} › questions: the first-ranked response is the longest in 2 of 2 rank items: vary which response is longest`]);
});

test('"which value?" keys that concentrate on the module’s own value are reported', () => {
  expect(
    problemsAfter((c) => {
      const item = bankIn(c, '01-voluntary').questions.find((q) => q.id === 'vol-value-2');
      if (item?.kind !== 'value') throw new Error('fixture changed');
      item.value = 'voluntary';
      item.options[0]!.value = 'voluntary';
      item.options[1]!.value = 'hopeful';
      item.options[2]!.value = 'respectful';
    }),
  ).toEqual([
    `${VOL} › questions: 2 of 2 "which value?" items key "voluntary": key a spread of values (at most half may key the module's own value)`,
  ]);
});

test('a "which value?" item whose value is not its key is reported', () => {
  expect(
    problemsAfter((c) => {
      questionOf(c, 'value').value = 'hopeful';
    }),
  ).toEqual([`${VOL} › questions[4].value: a value item's value must be the keyed value ("voluntary"), found "hopeful"`]);
});

test('a suicide-risk key that never asks directly is reported with the missing step', () => {
  expect(
    problemsAfter((c) => {
      const stay = questionOf(c, 'branch').steps[0]!.options[0]!;
      stay.text = 'Stay with them and listen closely to how they are feeling now.';
    }),
  ).toEqual([
    `${VOL} › questions[3]: the key of this suicide-risk scenario lacks asking directly and calmly about suicide (docs/authoring.md, "What each trigger's key must include")`,
  ]);
});

test('a word only the key uses ("supervisor") is reported as a give-away', () => {
  expect(
    problemsAfter((c) => {
      const step = questionOf(c, 'branch').steps[1]!;
      step.options[1]!.text = 'Ask a coworker about it some time next week.';
    }),
  ).toEqual([
    `${VOL} › questions[3].steps[1]: only the keyed response mentions "supervisor", which gives the key away: let a near-miss response mention it too`,
  ]);
});

test('a remote-risk key that asks the person to hang up and call 988 is reported', () => {
  const problems = problemsAfter((c) => {
    const q = questionOf(c, 'branch');
    q.safety = ['suicide-risk', 'remote-risk'];
    q.steps[1]!.options[0]!.text = 'Stay kind, then hang up and call 988 with them in mind.';
    q.steps[1]!.options[0]!.feedback = 'A transfer of sorts; document it.';
  });
  expect(problems).toContain(
    `${VOL} › questions[3]: the key asks a person at risk to hang up and call for help themselves: key a warm or three-way transfer while you stay on the line`,
  );
});

test('a person introduced in a quiz but missing from the cast is reported', () => {
  expect(
    problemsAfter((c) => {
      singles(c)[0]!.situation = 'Tasha, 29, arrives. Something just happened.';
    }),
  ).toEqual([`${VOL} › questions[0]: Tasha, 29, is not in content/cast.ts: add them, so no other story gives the name to someone else`]);
});

test('one name given two ages is reported as two people', () => {
  expect(
    problemsAfter((c) => {
      c.cast = [{ name: 'Tasha', age: 29, story: 'a caller' }];
      singles(c)[0]!.situation = 'Tasha, 31, arrives. Something just happened.';
    }),
  ).toEqual([`${VOL} › questions[0]: Tasha is 29 in content/cast.ts but 31 here: one name is one person`]);
});

test('a lesson’s worked-example person in a quiz is reported', () => {
  expect(
    problemsAfter((c) => {
      c.cast = [{ name: 'Marcus', age: 34, story: 'naloxone in the ER', lesson: 'voluntary' }];
      singles(c)[0]!.situation = 'Marcus comes back. Something just happened.';
    }),
  ).toEqual([`${VOL} › questions[0]: Marcus is a worked example in the voluntary lesson: quiz stories must be new`]);
});

test('a quiz person named in a lesson, and a name listed twice, are reported', () => {
  expect(
    problemsAfter((c) => {
      c.cast = [
        { name: 'Tasha', age: 29, story: 'a caller' },
        { name: 'Tasha', age: 40, story: 'another caller' },
      ];
      c.lessons[1]!.source += '\nTasha also calls.\n';
    }),
  ).toEqual([
    'content/cast.ts › cast[1].name: "Tasha" is listed twice: one name is one person, so give the second person another name',
    'content/02-hopeful/lesson.mdx › lesson: Tasha is a quiz person (a caller), so the lesson must not use the name',
  ]);
});
