import { useEffect, useState } from 'react';
import { course } from '../../course/course-data';
import { openRosterBook, type CourseRules, type JudgedRow, type RosterBook } from '../../domain/exchange/roster-book';
import type { OwnAssignment } from '../../domain/exchange/own-assignment';
import { indexAttempts, type RosterItem } from '../../domain/exchange/roster-rows';
import { useRoster } from '../../store/roster-store';
import { rebuildStale } from './rebuild-stale';
import { rosterBanks } from './roster-banks';
import { sliceTimer, yieldToBrowser } from './yield-to-browser';

/** The course facts every judgement uses. */
export const COURSE_RULES: CourseRules = {
  id: course.id,
  version: course.version,
  passMark: course.passMark,
  modules: course.modules.map((m) => m.id as string),
};

const EMPTY_BOOK: RosterBook = openRosterBook([], [], COURSE_RULES);
let rebuilding = false;

/** Opens the book: indexes every attempt id (for replays) a slice at a time, then groups the rows. */
async function openBook(items: readonly RosterItem[], own: readonly OwnAssignment[], isLive: () => boolean): Promise<RosterBook | null> {
  const owners = new Map<string, Map<string, string>>();
  for (let i = 0; i < items.length; i += 1000) {
    indexAttempts(items.slice(i, i + 1000), owners);
    await yieldToBrowser();
    if (!isLive()) return null;
  }
  return openRosterBook(items, own, COURSE_RULES, owners);
}

/** Judges every row a slice at a time; resolves to null if `isLive` turns false first. */
async function judgeAll(book: RosterBook, isLive: () => boolean): Promise<JudgedRow[] | null> {
  const out: JudgedRow[] = [];
  const timer = sliceTimer(40);
  for (const row of book.rows) {
    out.push({ row, judgement: book.judge(row.latest) });
    if (timer.due()) {
      await yieldToBrowser();
      if (!isLive()) return null;
      timer.reset();
    }
  }
  return out;
}

/** The roster as the page shows it. */
export interface RosterBookView {
  /** Rows and the judge (the visible page is judged on demand). */
  book: RosterBook;
  /** Every row judged, once the background pass is done; null until then. */
  judged: JudgedRow[] | null;
  /** `loading` until the stored roster has been read and first grouped. */
  status: 'loading' | 'ready';
  /** Saved receipts still being re-checked with this content version. */
  checking: number;
}

/**
 * The judged roster. Opens the stored roster on first use and rebuilds any stale digests in the
 * background. Each change of receipts or assignments opens a new book without holding the page
 * (the previous one stays on screen meanwhile); the visible page is judged on demand, and every
 * row is then judged in slices for the chart, the CSV and the problem filter.
 */
export function useRosterBook(): RosterBookView {
  const status = useRoster((s) => s.status);
  const items = useRoster((s) => s.items);
  const own = useRoster((s) => s.assignments);
  const stale = useRoster((s) => s.stale);
  const load = useRoster((s) => s.load);
  const settleStale = useRoster((s) => s.settleStale);
  const [book, setBook] = useState<RosterBook | null>(null);
  const [judged, setJudged] = useState<{ book: RosterBook; rows: JudgedRow[] } | null>(null);
  useEffect(() => {
    void load(course.version);
  }, [load]);
  useEffect(() => {
    if (stale.length === 0 || rebuilding) return;
    rebuilding = true;
    void rosterBanks()
      .then((banks) => rebuildStale(stale, banks, course.version))
      .then(({ rebuilt, unreadable }) => settleStale(rebuilt, unreadable))
      .finally(() => {
        rebuilding = false;
      });
  }, [stale, settleStale]);
  useEffect(() => {
    if (status !== 'ready') return;
    let live = true;
    void (async () => {
      const opened = await openBook(items, own, () => live);
      if (!opened) return;
      setBook(opened);
      const rows = await judgeAll(opened, () => live);
      if (rows) setJudged({ book: opened, rows });
    })();
    return () => {
      live = false;
    };
  }, [status, items, own]);
  return {
    book: book ?? EMPTY_BOOK,
    judged: book && judged?.book === book ? judged.rows : null,
    status: book ? 'ready' : 'loading',
    checking: stale.length,
  };
}
