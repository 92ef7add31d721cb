// @vitest-environment node
import { expect, test } from 'vitest';
import { lessonProse, lineAt, maskMdx } from '../../../src/domain/content/lesson-prose';

test('masking removes tags, attributes and code but keeps every index and line', () => {
  const source = '<Example setting="er" title="A junkie">Text `code`</Example>\nNext line';
  const masked = maskMdx(source);
  expect(masked).toHaveLength(source.length);
  expect(masked.trim().split(/\s+/)).toEqual(['Text', 'Next', 'line']);
  expect(lineAt(masked, masked.indexOf('Next'))).toBe(2);
});

test('prose drops headings, markup and the Sources list, and ends every block as a sentence', () => {
  const source = [
    '## Learning objectives',
    '- **Explain** the value',
    '- **Spot** pressure.',
    '',
    'Try this:',
    '',
    '<KeyIdea>Offer, never force.</KeyIdea>',
    'See [the guide](https://example.org).',
    '',
    '## Sources',
    '- NIDA, Words Matter',
  ].join('\n');
  expect(lessonProse(source)).toBe('Explain the value.\n\nSpot pressure.\n\nTry this.\n\nOffer, never force. See the guide.');
});

test('a number at the start of a line is prose, not a list marker', () => {
  expect(lessonProse('3.5 million people called.')).toBe('3.5 million people called.');
});
