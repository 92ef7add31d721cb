// @vitest-environment node
import { expect, test } from 'vitest';
import type { Question } from '../../../src/domain/content/content-types';
import { answerInteractions, checkReserve, hasRoomForInteraction, type AnswerContext } from '../../../src/domain/lms/interaction';
import { optionLetter, scorm12InteractionWrites, scorm2004InteractionWrites } from '../../../src/domain/lms/interaction-scorm';

const option = <T extends object = object>(id: string, extra?: T) => ({ id, text: `Text ${id}`, feedback: `Why ${id}`, ...(extra as T) });
const base = { value: 'voluntary' as const, setting: 'er' as const, situation: 'A situation.', prompt: 'What now?' };

const single: Question = {
  ...base,
  id: 'vol-er-door',
  kind: 'single',
  title: 'The open door',
  options: [option('push'), option('ask', { best: true }), option('leave')],
};
const multi: Question = {
  ...base,
  id: 'vol-er-signs',
  kind: 'multi',
  title: 'Signs of choice',
  options: [option('asks', { correct: true }), option('nods', { correct: false }), option('returns', { correct: true })],
};
const rank: Question = {
  ...base,
  id: 'vol-er-order',
  kind: 'rank',
  title: 'First words',
  options: [option('invite'), option('explain'), option('wait'), option('insist')],
};
const branch: Question = {
  ...base,
  id: 'vol-br-walkout',
  kind: 'branch',
  title: 'The walkout',
  steps: [
    {
      id: 's1',
      prompt: 'First?',
      options: [
        { ...option('follow'), next: 's2' },
        { ...option('let-go', { best: true }), next: 's2' },
      ],
    },
    { id: 's2', prompt: 'Then?', options: [option('call', { best: true }), option('text')] },
  ],
};

// 2026-01-05 09:30:12.345 UTC; the learner is in UTC−5 (getTimezoneOffset() gives 300).
const AT = Date.UTC(2026, 0, 5, 9, 30, 12, 345);
const ctx = (more: Partial<AnswerContext> = {}): AnswerContext => ({
  quizId: 'voluntary',
  mode: 'check',
  at: AT,
  latencyMs: 42_500,
  ...more,
});

test('a single best answer: a choice with the learner’s option and the best one, in authored order', () => {
  const [record] = answerInteractions(single, { kind: 'single', optionId: 'leave' }, ctx());
  expect(record).toEqual({
    id: 'check_vol-er-door',
    objectiveId: 'voluntary',
    type: 'choice',
    options: ['push', 'ask', 'leave'],
    response: ['leave'],
    correct: ['ask'],
    isSet: false,
    credit: 0,
    weighting: 1,
    at: AT,
    latencyMs: 42_500,
    description: 'The open door',
  });
  if (!record) throw new Error('no record');
  expect(scorm12InteractionWrites(0, record, 300)).toEqual([
    ['cmi.interactions.0.id', 'check_vol-er-door'],
    ['cmi.interactions.0.objectives.0.id', 'voluntary'],
    ['cmi.interactions.0.time', '04:30:12'],
    ['cmi.interactions.0.type', 'choice'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'b'],
    ['cmi.interactions.0.weighting', '1'],
    ['cmi.interactions.0.student_response', 'c'],
    ['cmi.interactions.0.result', 'wrong'],
    ['cmi.interactions.0.latency', '0000:00:42.50'],
  ]);
  expect(scorm2004InteractionWrites(3, record)).toEqual([
    ['cmi.interactions.3.id', 'check_vol-er-door'],
    ['cmi.interactions.3.type', 'choice'],
    ['cmi.interactions.3.objectives.0.id', 'voluntary'],
    ['cmi.interactions.3.timestamp', '2026-01-05T09:30:12.3Z'],
    ['cmi.interactions.3.correct_responses.0.pattern', 'ask'],
    ['cmi.interactions.3.weighting', '1'],
    ['cmi.interactions.3.learner_response', 'leave'],
    ['cmi.interactions.3.result', 'incorrect'],
    ['cmi.interactions.3.latency', 'PT42.5S'],
    ['cmi.interactions.3.description', 'The open door'],
  ]);
});

test('choose all that apply: the correct set in braces (1.2) or joined by [,] (2004); partial credit as the share earned', () => {
  const [half] = answerInteractions(multi, { kind: 'multi', optionIds: ['returns'] }, ctx({ mode: 'practice', latencyMs: undefined }));
  if (!half) throw new Error('no record');
  expect(half).toMatchObject({
    id: 'practice_vol-er-signs',
    response: ['returns'],
    correct: ['asks', 'returns'],
    isSet: true,
    credit: 0.5,
  });
  expect(half).not.toHaveProperty('latencyMs');
  const w12 = Object.fromEntries(scorm12InteractionWrites(1, half, 0));
  expect([w12['cmi.interactions.1.correct_responses.0.pattern'], w12['cmi.interactions.1.student_response']]).toEqual(['{a,c}', 'c']);
  expect(w12['cmi.interactions.1.result']).toBe('0.5');
  expect(w12).not.toHaveProperty('cmi.interactions.1.latency');
  const w04 = Object.fromEntries(scorm2004InteractionWrites(1, half));
  expect([w04['cmi.interactions.1.correct_responses.0.pattern'], w04['cmi.interactions.1.learner_response']]).toEqual([
    'asks[,]returns',
    'returns',
  ]);
  const [all] = answerInteractions(multi, { kind: 'multi', optionIds: ['returns', 'asks'] }, ctx());
  expect(all?.credit).toBe(1);
  if (all) expect(Object.fromEntries(scorm12InteractionWrites(0, all, 0))['cmi.interactions.0.student_response']).toBe('c,a');
  const [none] = answerInteractions(multi, { kind: 'multi', optionIds: ['asks', 'nods'] }, ctx());
  expect(none?.credit).toBe(0);
});

test('a ranking is a sequencing interaction: the learner’s order against the keyed (authored) order', () => {
  const [record] = answerInteractions(rank, { kind: 'rank', order: ['explain', 'invite', 'wait', 'insist'] }, ctx());
  if (!record) throw new Error('no record');
  expect(record).toMatchObject({ type: 'sequencing', credit: 0.75 });
  expect(scorm12InteractionWrites(0, record, 0).slice(3, 8)).toEqual([
    ['cmi.interactions.0.type', 'sequencing'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'a,b,c,d'],
    ['cmi.interactions.0.weighting', '1'],
    ['cmi.interactions.0.student_response', 'b,a,c,d'],
    ['cmi.interactions.0.result', '0.75'],
  ]);
  const w04 = Object.fromEntries(scorm2004InteractionWrites(0, record));
  expect(w04['cmi.interactions.0.learner_response']).toBe('explain[,]invite[,]wait[,]insist');
  expect(w04['cmi.interactions.0.correct_responses.0.pattern']).toBe('invite[,]explain[,]wait[,]insist');
});

test('a branching scenario gives one choice per decision, the step in the id, from the first not yet written', () => {
  const path = { kind: 'branch' as const, path: ['follow', 'call'] };
  const records = answerInteractions(branch, path, ctx());
  expect(records.map((r) => [r.id, r.options, r.response, r.correct, r.credit])).toEqual([
    ['check_vol-br-walkout_s1', ['follow', 'let-go'], ['follow'], ['let-go'], 0],
    ['check_vol-br-walkout_s2', ['call', 'text'], ['call'], ['call'], 1],
  ]);
  expect(answerInteractions(branch, path, ctx({ fromStep: 1 })).map((r) => r.id)).toEqual(['check_vol-br-walkout_s2']);
  const [first] = records;
  if (first) expect(Object.fromEntries(scorm12InteractionWrites(0, first, 0))['cmi.interactions.0.student_response']).toBe('a');
});

test('an answer of the wrong kind gives no interaction; letters run a–z then 0–9', () => {
  expect(answerInteractions(single, { kind: 'rank', order: [] }, ctx())).toEqual([]);
  expect([optionLetter(0), optionLetter(25), optionLetter(26), optionLetter(35), optionLetter(36)]).toEqual(['a', 'z', '0', '9', '']);
});

test('a 2004 description keeps to 250 characters and never opens with a language tag', () => {
  const [record] = answerInteractions({ ...single, title: `{${'x'.repeat(300)}` }, { kind: 'single', optionId: 'ask' }, ctx());
  if (!record) throw new Error('no record');
  const description = Object.fromEntries(scorm2004InteractionWrites(0, record))['cmi.interactions.0.description'] ?? '';
  expect(description).toHaveLength(250);
  expect(description.startsWith('(')).toBe(true);
  expect(Object.fromEntries(scorm2004InteractionWrites(0, record))['cmi.interactions.0.result']).toBe('correct');
});

test('interactions stop at 250; practice keeps room for a first check at every quiz not yet checked', () => {
  const done = { quizId: 'voluntary', mode: 'check' as const, finishedAt: '2026-01-05T09:00:00.000Z' };
  const practised = { quizId: 'hopeful', mode: 'practice' as const, finishedAt: '2026-01-05T09:00:00.000Z' };
  // 4 items and 2 branch decisions for a module's form, 10 and 2 for the final check.
  expect(checkReserve(['voluntary', 'hopeful', 'review'], [done, practised])).toBe(6 + 12);
  expect([hasRoomForInteraction(231, 'practice', 18), hasRoomForInteraction(232, 'practice', 18)]).toEqual([true, false]);
  expect([hasRoomForInteraction(249, 'check', 18), hasRoomForInteraction(250, 'check'), hasRoomForInteraction(249, 'quiz')]).toEqual([
    true,
    false,
    true,
  ]);
});
