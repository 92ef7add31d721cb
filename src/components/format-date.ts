/**
 * Dates as people read them, in their own locale. Due dates are calendar days (YYYY-MM-DD) and
 * are formatted in UTC so a day never shifts by a time zone; times are shown in local time.
 */

/** "1 July 2025" (or the locale's equivalent) for a YYYY-MM-DD day. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The local calendar date of an ISO time, e.g. "10 June 2025". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
}
