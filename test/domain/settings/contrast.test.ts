// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { accentRules } from '../../../src/domain/settings/accent-css';
import { contrastRatio, formatRatio, judgeAccent, normalizeHex, THEME_BACKGROUNDS } from '../../../src/domain/settings/contrast';

test('the theme backgrounds match the design tokens, so the check measures what learners see', () => {
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
  const value = (block: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1]?.toLowerCase();
  expect(THEME_BACKGROUNDS.light).toEqual({ background: value(css, 'bg'), surface: value(css, 'surface') });
  expect(THEME_BACKGROUNDS.dark).toEqual({ background: value(dark, 'bg'), surface: value(dark, 'surface') });
});

test('contrast ratios at the edges: black on white is 21, a colour on itself is 1', () => {
  expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrastRatio('#2f5d50', '#2f5d50')).toBe(1);
  expect(formatRatio(4.499)).toBe('4.49:1');
});

test('the course’s own accents pass in their themes', () => {
  expect(judgeAccent('#1f5c4d', 'light')).toMatchObject({ text: '#ffffff', problem: null });
  expect(judgeAccent('#86cfb5', 'dark')).toMatchObject({ problem: null });
});

test('hex colours are read in both lengths and any case; anything else is not a colour', () => {
  expect(normalizeHex('#ABC')).toBe('#aabbcc');
  expect(normalizeHex('#1B4F8A')).toBe('#1b4f8a');
  for (const bad of ['teal', '#abcd', '1b4f8a', 'rgb(0,0,0)', '#ggg']) expect(normalizeHex(bad)).toBeNull();
});

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

test('property: contrast is symmetric and between 1 and 21', () => {
  fc.assert(
    fc.property(hex, hex, (a, b) => {
      const r = contrastRatio(a, b);
      expect(r).toBeGreaterThanOrEqual(1);
      expect(r).toBeLessThanOrEqual(21.0001);
      expect(contrastRatio(b, a)).toBeCloseTo(r, 10);
    }),
  );
});

test('property: an accepted accent always meets AA for its text and 3:1 against both backgrounds', () => {
  fc.assert(
    fc.property(hex, fc.constantFrom('light' as const, 'dark' as const), (color, theme) => {
      const j = judgeAccent(color, theme);
      if (j.problem !== null) return;
      expect(contrastRatio(color, j.text)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(color, THEME_BACKGROUNDS[theme].background)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, THEME_BACKGROUNDS[theme].surface)).toBeGreaterThanOrEqual(3);
    }),
  );
});

test('accent rules set the colour and its text colour per theme, and nothing for an unset theme', () => {
  expect(accentRules({})).toEqual([]);
  expect(accentRules({ light: '#1b4f8a' })).toEqual([
    '@media not all and (prefers-color-scheme: dark) { :root { --accent: #1b4f8a; --accent-text: #ffffff; } }',
  ]);
  expect(accentRules({ dark: '#9cc9ff' })).toEqual([
    '@media (prefers-color-scheme: dark) { :root { --accent: #9cc9ff; --accent-text: #0c1a15; } }',
  ]);
  // Only a real colour can reach a rule, whatever the caller passes.
  expect(accentRules({ light: 'red; } body { display: none' })).toEqual([]);
});
