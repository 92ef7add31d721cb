// @vitest-environment node
import { expect, test } from 'vitest';
import { findStigmatizingTerms, maskQuotations } from '../../../src/domain/content/language-lint';

const termsIn = (text: string): string[] => findStigmatizingTerms(text).map((hit) => hit.term);

test.each<[string, string[]]>([
  ['He is an addict.', ['addict']],
  ['Addicts and junkies are people too.', ['Addicts', 'junkies']],
  ['She is a drug abuser with a drug habit.', ['abuser', 'drug habit']],
  ['Her father was an alcoholic.', ['alcoholic']],
  ['Substance abuse and drug abuse are old terms.', ['Substance abuse', 'drug abuse']],
  ['He has been clean for a year; his test came back dirty.', ['clean', 'dirty']],
  ['A former addict and a reformed addict.', ['former addict', 'reformed addict']],
  ['Her brother committed suicide.', ['committed suicide']],
  [
    'A failed attempt, a successful attempt, an unsuccessful suicide attempt.',
    ['failed attempt', 'successful attempt', 'unsuccessful suicide attempt'],
  ],
  ['Staff call him manipulative and attention-seeking.', ['manipulative', 'attention-seeking']],
  ['The chart says non-compliant; another says noncompliant.', ['non-compliant', 'noncompliant']],
  ['A felon, an ex-offender, a convict and an inmate.', ['felon', 'ex-offender', 'convict', 'inmate']],
  ['Services for the mentally ill.', ['the mentally ill']],
  ['He is schizophrenic; she is psychotic.', ['schizophrenic', 'psychotic']],
  ['He suffers from depression and is afflicted by pain.', ['suffers from', 'afflicted by']],
  ['After a relapse, he relapsed again.', ['relapse', 'relapsed']],
])('flags the terms in %j', (text, expected) => {
  expect(termsIn(text)).toEqual(expected);
});

test.each<[string]>([
  ['Addiction is a health condition.'],
  ['He had a psychotic episode and psychotic symptoms.'],
  ['She did the clean-up after the group.'],
  ['The person was convicted last year.'],
  ['A person with a substance use disorder who is in recovery.'],
  ['Marcus says, "I am an addict and I have been clean for a year."'],
  ['Dana calls herself “an alcoholic” and says “I relapsed”.'],
  ['He says, "They call me a junkie,\nbut I am more than that."'],
  ['Substance Abuse and Mental Health Services Administration (SAMHSA). Core Competencies. 2015.'],
  ['National Institute on Drug Abuse. Words Matter.'],
])('does not flag %j', (text) => {
  expect(findStigmatizingTerms(text)).toEqual([]);
});

test('an official name does not hide the same words used in the course voice', () => {
  expect(termsIn('National Institute on Drug Abuse. Drug abuse is not a term we use.')).toEqual(['Drug abuse']);
});

test('reports each hit with its suggestion and index', () => {
  expect(findStigmatizingTerms('Say it: she committed suicide.')).toEqual([
    { term: 'committed suicide', suggestion: '"died by suicide"', index: 12 },
  ]);
  expect(findStigmatizingTerms('He had a relapse.')).toEqual([
    { term: 'relapse', suggestion: '"return to use" (or "recurrence")', index: 9 },
  ]);
});

test('a quotation claims words only within one paragraph, so a stray quote mark hides nothing after it', () => {
  expect(termsIn('She said "no.\n\nLater, staff called her an addict.')).toEqual(['addict']);
});

test('text outside quotation marks is still checked when quotes appear in the same sentence', () => {
  expect(termsIn('The addict said, "I am an addict."')).toEqual(['addict']);
});

test('masking keeps every index and line break in place', () => {
  const text = 'a "b c"\nd “e”';
  const masked = maskQuotations(text);
  expect(masked).toHaveLength(text.length);
  expect(masked).toBe('a      \nd    ');
});
