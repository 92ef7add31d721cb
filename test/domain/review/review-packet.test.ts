// @vitest-environment node
// The packet must be the banks, whole: every safety-tagged item, every response with its key,
// feedback and safe alternative, so a clinician reviewing the printout reviews what learners see.
import { expect, test } from 'vitest';
import { course } from '../../../content/course';
import reviewsFile from '../../../content/reviews.json';
import type { Question, ResponseOption, ScenarioBank } from '../../../src/domain/content/content-types';
import { buildReviewPacket, type PacketQuiz, safetyItemIds } from '../../../src/domain/review/review-packet';
import { SAFETY_RULES } from '../../../src/domain/review/safety-rules';
import { checkSignOffs, type SignOff } from '../../../src/domain/review/sign-offs';
import { escapeHtml, renderPacketHtml } from '../../../scripts/review/packet-html';

const banks = import.meta.glob<{ default: ScenarioBank }>('../../../content/*/scenarios.ts', { eager: true });
const quizzes: PacketQuiz[] = [...course.modules, course.review].map((q) => ({
  title: q.title,
  questions: banks[`../../../content/${q.folder}/scenarios.ts`]!.default.questions,
}));
const tagged = quizzes.flatMap((q) => q.questions.filter((x) => (x.safety?.length ?? 0) > 0));
const VERSION = course.version;

/** Every response of a question, in content order, with whether the key rewards it. */
function responsesOf(q: Question): { o: ResponseOption; keyed: boolean }[] {
  switch (q.kind) {
    case 'single':
      return q.options.map((o) => ({ o, keyed: Boolean(o.best) }));
    case 'multi':
      return q.options.map((o) => ({ o, keyed: o.correct }));
    case 'rank':
      return q.options.map((o, i) => ({ o, keyed: i === 0 }));
    case 'branch':
      return q.steps.flatMap((s) => s.options.map((o) => ({ o, keyed: Boolean(o.best) })));
    case 'value':
      return [];
  }
}

test('the packet lists every safety-tagged item of every bank, in course order, and nothing else', () => {
  const packet = buildReviewPacket(quizzes, [], VERSION);
  expect(tagged.length).toBeGreaterThan(50);
  expect(packet.items.map((i) => i.id)).toEqual(tagged.map((q) => q.id));
  expect(packet.version).toBe(VERSION);
});

test('each item carries its situation, every response with key, feedback and instead, and its rules', () => {
  const packet = buildReviewPacket(quizzes, [], VERSION);
  for (const [i, q] of tagged.entries()) {
    const item = packet.items[i]!;
    expect(item).toMatchObject({ title: q.title, situation: q.situation });
    const expected = responsesOf(q);
    const shown = item.steps.flatMap((s) => s.responses);
    expect(shown.map((r) => r.text)).toEqual(expected.map((e) => e.o.text));
    expect(shown.map((r) => r.feedback)).toEqual(expected.map((e) => e.o.feedback));
    expect(shown.map((r) => r.instead)).toEqual(expected.map((e) => e.o.instead));
    expect(shown.map((r) => r.isKeyed)).toEqual(expected.map((e) => e.keyed));
    expect(shown.map((r) => r.safety)).toEqual(expected.map((e) => e.o.safety));
    expect(item.triggers.map((t) => t.tag)).toEqual(q.safety);
    expect(item.triggers.map((t) => t.rule)).toEqual(q.safety!.map((tag) => SAFETY_RULES[tag]));
    if (q.kind === 'branch') expect(item.steps.map((s) => s.lead)).toEqual(q.steps.map((s) => s.lead));
    else expect(item.steps[0]!.prompt).toBe(q.prompt);
  }
});

test('the printed packet holds every situation, response, feedback and safe alternative, escaped', () => {
  const packet = buildReviewPacket(quizzes, [], VERSION);
  const html = renderPacketHtml(packet, { courseTitle: course.title, generatedOn: '2025-01-01' });
  for (const q of tagged) {
    expect(html).toContain(`id="${q.id}"`);
    expect(html).toContain(escapeHtml(q.situation));
    for (const { o } of responsesOf(q)) {
      expect(html).toContain(escapeHtml(o.text));
      expect(html).toContain(escapeHtml(o.feedback));
      if (o.instead) expect(html).toContain(escapeHtml(o.instead));
    }
  }
  // Sign-off lines for both reviewers on every item, and the honest count.
  expect(html.match(/<th>Licensed clinician<\/th><td>Name/g)).toHaveLength(tagged.length);
  expect(html.match(/<th>Certified peer supervisor<\/th><td>Name/g)).toHaveLength(tagged.length);
  expect(html).toContain(`0 of ${tagged.length} items signed off by both reviewers for version ${VERSION}`);
  expect(escapeHtml(`<b>"Tom's" & co</b>`)).toBe('&lt;b&gt;&quot;Tom&#39;s&quot; &amp; co&lt;/b&gt;');
});

const day = '2025-03-01';
const sign = (item: string, role: SignOff['role'], version = VERSION): SignOff => ({ item, version, role, date: day, initials: 'JL' });

test('an item counts as reviewed only with both roles signed for the current version', () => {
  const [a, b, c] = tagged.map((q) => q.id) as [string, string, string];
  const signOffs = [
    sign(a, 'clinician'),
    sign(a, 'peer-supervisor'),
    sign(b, 'clinician'),
    sign(c, 'clinician', '1.0.0'),
    sign(c, 'peer-supervisor', '1.0.0'),
  ];
  const packet = buildReviewPacket(quizzes, signOffs, VERSION);
  const status = (id: string) => packet.items.find((i) => i.id === id)!.isReviewed;
  expect([status(a), status(b), status(c)]).toEqual([true, false, false]);
  expect(packet.unreviewed).toHaveLength(tagged.length - 1);
  expect(packet.items.find((i) => i.id === a)!.signOffs.clinician).toEqual(sign(a, 'clinician'));
  const html = renderPacketHtml(packet, { courseTitle: course.title, generatedOn: day });
  expect(html).toContain(`1 of ${tagged.length} items signed off`);
  expect(html).toContain(`Signed off for version ${VERSION}: JL, ${day}`);
});

test('the shipped reviews file is valid and claims no review', () => {
  const { signOffs, problems } = checkSignOffs(reviewsFile, safetyItemIds(quizzes), '2025-01-01');
  expect(problems).toEqual([]);
  expect(signOffs).toEqual([]);
});

test.each([
  ['an item that is not safety-tagged', { item: 'no-such-item' }, 'signOffs[0].item'],
  ['a version that is not one', { version: 'latest' }, 'signOffs[0].version'],
  ['an unknown role', { role: 'nurse' }, 'signOffs[0].role'],
  ['a date that does not exist', { date: '2025-02-30' }, 'signOffs[0].date'],
  ['a date in the future', { date: '2025-03-02' }, 'signOffs[0].date'],
  ['initials that are not initials', { initials: '12' }, 'signOffs[0].initials'],
  ['a field a sign-off does not have', { approved: true }, 'signOffs[0].approved'],
])('a sign-off with %s is reported and never counted', (_, change, field) => {
  const entry = { ...sign(tagged[0]!.id, 'clinician'), ...change };
  const { signOffs, problems } = checkSignOffs({ signOffs: [entry] }, safetyItemIds(quizzes), day);
  expect(signOffs).toEqual([]);
  expect(problems.map((p) => p.field)).toEqual([field]);
});

test('a repeated sign-off is reported and counted once; a file of the wrong shape is refused', () => {
  const entry = sign(tagged[0]!.id, 'clinician');
  const { signOffs, problems } = checkSignOffs({ signOffs: [entry, entry] }, safetyItemIds(quizzes), day);
  expect(signOffs).toEqual([entry]);
  expect(problems).toEqual([{ field: 'signOffs[1]', message: 'repeats signOffs[0] (same item, version and role)' }]);
  expect(checkSignOffs([], new Set(), day).problems).toEqual([{ field: 'file', message: 'must be an object with a "signOffs" list' }]);
});
