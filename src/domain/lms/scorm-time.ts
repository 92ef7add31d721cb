/**
 * Session time in each SCORM version's format. An LMS rejects a wrongly formatted time (and
 * some then refuse the whole commit), so both formats are exact: centisecond precision, rounded
 * down so a session is never reported longer than it was.
 */

const CENTISECONDS_PER_HOUR = 360_000;
// SCORM 1.2 CMITimespan allows at most four hour digits.
const MAX_12_CENTISECONDS = 9_999 * CENTISECONDS_PER_HOUR + 59 * 6_000 + 59 * 100 + 99;

/** Whole centiseconds in `ms`; anything that is not a positive finite number counts as 0. */
function centiseconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 10) : 0;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Splits centiseconds into hours, minutes, seconds and hundredths. */
function parts(cs: number): { h: number; m: number; s: number; c: number } {
  return { h: Math.floor(cs / CENTISECONDS_PER_HOUR), m: Math.floor(cs / 6_000) % 60, s: Math.floor(cs / 100) % 60, c: cs % 100 };
}

/** SCORM 1.2 `cmi.core.session_time` (CMITimespan `HHHH:MM:SS.SS`), capped at 9999:59:59.99. */
export function formatScorm12Time(ms: number): string {
  const { h, m, s, c } = parts(Math.min(centiseconds(ms), MAX_12_CENTISECONDS));
  return `${pad(h, 4)}:${pad(m, 2)}:${pad(s, 2)}.${pad(c, 2)}`;
}

/**
 * SCORM 2004 `cmi.session_time` (an ISO 8601 duration such as `PT1H2M3.45S`; `PT0S` for none).
 * Hours are not folded into days: `PT25H` is valid and every LMS adds it up the same way.
 */
export function formatScorm2004Duration(ms: number): string {
  const { h, m, s, c } = parts(centiseconds(ms));
  const fraction = c === 0 ? '' : `.${pad(c, 2)}`.replace(/0$/, '');
  const hours = h > 0 ? `${h}H` : '';
  const minutes = m > 0 ? `${m}M` : '';
  const seconds = s > 0 || c > 0 || (!hours && !minutes) ? `${s}${fraction}S` : '';
  return `PT${hours}${minutes}${seconds}`;
}
