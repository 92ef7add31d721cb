// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatScorm12Time, formatScorm2004Duration } from '../../../src/domain/lms/scorm-time';

const HOUR = 3_600_000;

test.each([
  [0, '0000:00:00.00'],
  [9, '0000:00:00.00'],
  [10, '0000:00:00.01'],
  [3_450, '0000:00:03.45'],
  [62_999, '0000:01:02.99'],
  [HOUR + 2 * 60_000 + 3_456, '0001:02:03.45'],
  [125 * HOUR, '0125:00:00.00'],
  [9_999 * HOUR + 59 * 60_000 + 59_990, '9999:59:59.99'],
  [20_000 * HOUR, '9999:59:59.99'],
  [-5, '0000:00:00.00'],
  [Number.NaN, '0000:00:00.00'],
  [Number.POSITIVE_INFINITY, '0000:00:00.00'],
])('SCORM 1.2 session time for %s ms is %s', (ms, text) => {
  expect(formatScorm12Time(ms)).toBe(text);
});

test.each([
  [0, 'PT0S'],
  [5, 'PT0S'],
  [10, 'PT0.01S'],
  [3_450, 'PT3.45S'],
  [3_400, 'PT3.4S'],
  [60_000, 'PT1M'],
  [HOUR, 'PT1H'],
  [HOUR + 2 * 60_000 + 3_450, 'PT1H2M3.45S'],
  [HOUR + 3_000, 'PT1H3S'],
  [26 * HOUR, 'PT26H'],
  [-1, 'PT0S'],
  [Number.NaN, 'PT0S'],
])('SCORM 2004 session time for %s ms is %s', (ms, text) => {
  expect(formatScorm2004Duration(ms)).toBe(text);
});

// The patterns the standards give (1.2 RTE 3.4.2 CMITimespan; 2004 RTE 4.2 timeinterval with at
// most two decimal places), as scorm-again enforces them.
const SCORM12 = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2}(?:\.[0-9]{1,2})?)$/;
const SCORM2004 = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,2})?)S)?$/;

test('every duration formats to a valid value that adds up to the time, rounded down', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9_999 * HOUR }), (ms) => {
      const t12 = formatScorm12Time(ms);
      const t04 = formatScorm2004Duration(ms);
      expect(t12).toMatch(SCORM12);
      expect(t04).toMatch(SCORM2004);
      const [, h = '0', m = '0', s = '0'] = SCORM12.exec(t12) ?? [];
      const [, h4 = '0', m4 = '0', s4 = '0'] = SCORM2004.exec(t04) ?? [];
      const cs = Math.floor(ms / 10);
      expect(Math.round((Number(h) * 3600 + Number(m) * 60 + Number(s)) * 100)).toBe(cs);
      expect(Math.round((Number(h4) * 3600 + Number(m4) * 60 + Number(s4)) * 100)).toBe(cs);
    }),
  );
});
