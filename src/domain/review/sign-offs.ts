/**
 * The safety review's record (`content/reviews.json`): who signed off which safety-tagged item,
 * for which content version. Read as untrusted input: every entry is checked, and a bad one is
 * reported and never counted, so nothing claims a review that is not properly recorded.
 */
import { isFields } from '../content/content-problem';

/** The two roles that must both sign off every safety-tagged item (content brief §3.3 rule 7). */
export const REVIEW_ROLES = ['clinician', 'peer-supervisor'] as const;

/** A reviewer's role. */
export type ReviewRole = (typeof REVIEW_ROLES)[number];

/** How each role is named for people. */
export const ROLE_TITLES: Record<ReviewRole, string> = {
  clinician: 'Licensed clinician',
  'peer-supervisor': 'Certified peer supervisor',
};

/** One recorded sign-off. */
export interface SignOff {
  /** The scenario's permanent id. */
  item: string;
  /** The content version reviewed (`content/course.ts` version). */
  version: string;
  /** Who signed. */
  role: ReviewRole;
  /** When, as YYYY-MM-DD. */
  date: string;
  /** The reviewer's initials. */
  initials: string;
}

/** One problem in the reviews file. */
export interface ReviewsProblem {
  /** Where: `signOffs[3].date`, or `file`. */
  field: string;
  /** What is wrong; the entry is not counted. */
  message: string;
}

const VERSION = /^\d+\.\d+\.\d+$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INITIALS = /^[A-Za-z][A-Za-z.' -]{0,7}$/;

/** True for a real calendar day written YYYY-MM-DD. */
function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days[mo - 1]!;
}

/** Why one entry cannot count, or null. */
function entryProblems(e: Record<string, unknown>, itemIds: ReadonlySet<string>, today: string): [string, string][] {
  const out: [string, string][] = [];
  if (typeof e.item !== 'string' || !itemIds.has(e.item))
    out.push(['item', `${JSON.stringify(e.item)} is not a safety-tagged item of this course`]);
  if (typeof e.version !== 'string' || !VERSION.test(e.version)) out.push(['version', 'must be a content version like "2.0.0"']);
  if (!REVIEW_ROLES.includes(e.role as ReviewRole)) out.push(['role', `must be one of: ${REVIEW_ROLES.join(', ')}`]);
  if (typeof e.date !== 'string' || !isDay(e.date)) out.push(['date', 'must be a real date written YYYY-MM-DD']);
  else if (e.date > today) out.push(['date', `${e.date} is in the future`]);
  if (typeof e.initials !== 'string' || !INITIALS.test(e.initials.trim()))
    out.push(['initials', 'must be the reviewer’s initials (letters, up to 8)']);
  for (const key of Object.keys(e))
    if (!['item', 'version', 'role', 'date', 'initials'].includes(key))
      out.push([key, 'is not a sign-off field (item, version, role, date, initials)']);
  return out;
}

/**
 * Checks the reviews file: the sign-offs that count and every problem. `itemIds` are the ids of
 * the course's safety-tagged items; `today` (YYYY-MM-DD) is passed in, as the domain has no clock.
 */
export function checkSignOffs(
  raw: unknown,
  itemIds: ReadonlySet<string>,
  today: string,
): { signOffs: SignOff[]; problems: ReviewsProblem[] } {
  const problems: ReviewsProblem[] = [];
  if (!isFields(raw) || !Array.isArray(raw.signOffs)) {
    return { signOffs: [], problems: [{ field: 'file', message: 'must be an object with a "signOffs" list' }] };
  }
  for (const key of Object.keys(raw))
    if (key !== 'signOffs' && !key.startsWith('$')) problems.push({ field: key, message: 'is not a field of the reviews file' });
  const signOffs: SignOff[] = [];
  const seen = new Map<string, number>();
  raw.signOffs.forEach((e: unknown, i) => {
    const at = `signOffs[${i}]`;
    if (!isFields(e)) return void problems.push({ field: at, message: 'must be an object { item, version, role, date, initials }' });
    const found = entryProblems(e, itemIds, today);
    for (const [field, message] of found) problems.push({ field: `${at}.${field}`, message });
    if (found.length > 0) return;
    const entry = e as unknown as SignOff;
    const key = `${entry.item}|${entry.version}|${entry.role}`;
    const first = seen.get(key);
    if (first !== undefined) return void problems.push({ field: at, message: `repeats signOffs[${first}] (same item, version and role)` });
    seen.set(key, i);
    signOffs.push({ ...entry, initials: entry.initials.trim() });
  });
  return { signOffs, problems };
}
