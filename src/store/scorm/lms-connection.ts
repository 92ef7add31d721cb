/**
 * One session with an LMS, version neutral. Guards every call: results are the strings "true" or
 * "false" (anything else, or a throw, counts as "false"); failures are read back with the error
 * calls and reported; commits that fail are retried a bounded number of times; nothing is called
 * before the session starts or after it finishes (real LMSs answer that with error 301).
 */
import type { InteractionRecord } from '../../domain/lms/interaction';
import type { LmsReport } from '../../domain/lms/lms-report';
import type { DataModel, RecordedOutcome, Writes } from './data-model';
import type { ScormVersion } from './find-api';
import { guardCalls } from './lms-calls';

/** How the connection is doing, for the learner-facing status. */
export type LmsHealth = { kind: 'saved' } | { kind: 'failing'; detail: string; isRetrying: boolean } | { kind: 'ended'; isSaved: boolean };

/** What the LMS holds at the start of a session. */
export interface LmsStart {
  /** Suspend data from the last session; empty on a first launch. */
  suspendData: string;
  /** The bookmark (a hash route); may be empty or not one of ours. */
  location: string;
  /** Status and score recorded before this session. */
  recorded: RecordedOutcome;
  /** Objective ids the LMS records as begun (anything but not attempted). */
  begun: string[];
  /** Interactions the LMS holds already (`cmi.interactions._count`): new ones go after them. */
  interactions: number;
}

/** The session, as the tracking and the storage adapter use it. */
export interface LmsConnection {
  /** The SCORM version spoken. */
  readonly version: ScormVersion;
  /** Longest suspend data this LMS version accepts. */
  readonly suspendLimit: number;
  /** Initializes and reads the saved state; null if the LMS refused to start a session. */
  start(): LmsStart | null;
  /** Writes suspend data (sent at the next commit). */
  setSuspendData(text: string): void;
  /** Writes the bookmark, if it fits. */
  setLocation(route: string): void;
  /** Writes status, score and objectives. */
  report(report: LmsReport): void;
  /**
   * Writes one answered scenario as interaction `n`, best effort: interactions are reports, not
   * the learner's record, so a value the LMS refuses is left out rather than retried or shown as
   * a saving problem (the learner's answers travel in suspend data).
   */
  interaction(n: number, record: InteractionRecord): void;
  /** Commits; on failure retries later, a bounded number of times. Returns whether it worked now. */
  commit(): boolean;
  /**
   * True when a value other than the bookmark was written, or is waiting to be, since the last
   * commit that worked: the bookmark alone is not worth a commit, it goes with the next one.
   */
  hasUnsavedChanges(): boolean;
  /** Ends the session once: session time, exit mode, commit, terminate. Later calls do nothing. */
  finish(isFinished: boolean): void;
}

/** Clock and timers, passed in so tests control them. */
export interface ConnectionOptions {
  /** Milliseconds from any fixed point. */
  now: () => number;
  /** Runs `run` after `ms`; returns a cancel function. */
  schedule: (run: () => void, ms: number) => () => void;
  /** Receives every change of health. */
  onHealth: (health: LmsHealth) => void;
  /** Waits before each retry of a failed commit. */
  retryDelays?: readonly number[];
}

/** Default waits between commit retries: three more tries over about five seconds. */
const RETRY_DELAYS = [500, 1500, 3000] as const;

/** Opens a connection over one version's data model. */
export function createConnection(model: DataModel, options: ConnectionOptions): LmsConnection {
  const { calls } = model;
  const delays = options.retryDelays ?? RETRY_DELAYS;
  let state: 'new' | 'open' | 'closed' = 'new';
  let startedAt = 0;
  let cancelRetry: (() => void) | null = null;
  const written = new Map<string, string>();
  const pending = new Map<string, string>();
  // Elements written since the last commit that worked.
  const unsaved = new Set<string>();
  const guard = guardCalls(calls, model.emptyReadCodes);

  function write(writes: Writes): void {
    if (state !== 'open') return;
    for (const [element, value] of writes) if (written.get(element) !== value) pending.set(element, value);
    if (!flush()) options.onHealth({ kind: 'failing', detail: guard.lastProblem(), isRetrying: false });
  }

  /** Sends pending values; a refused one stays pending for the next commit. */
  function flush(): boolean {
    let ok = true;
    for (const [element, value] of [...pending]) {
      if (guard.run(`Saving ${element}`, () => calls.setValue(element, value))) {
        written.set(element, value);
        pending.delete(element);
        unsaved.add(element);
      } else ok = false;
    }
    return ok;
  }

  // Commit even when a value was refused: one bad value must not hold back all the others.
  function trySave(): boolean {
    const flushed = flush();
    const committed = guard.run('Commit', () => calls.commit());
    if (committed) unsaved.clear();
    return committed && flushed;
  }

  function retry(index: number): void {
    const delay = delays[index];
    options.onHealth({ kind: 'failing', detail: guard.lastProblem(), isRetrying: delay !== undefined });
    if (delay === undefined) return;
    cancelRetry = options.schedule(() => {
      cancelRetry = null;
      if (state !== 'open') return;
      if (trySave()) options.onHealth({ kind: 'saved' });
      else retry(index + 1);
    }, delay);
  }

  return {
    version: model.version,
    suspendLimit: model.suspendLimit,
    start() {
      if (state !== 'new') return null;
      if (!guard.run('Starting the session', () => calls.initialize())) {
        state = 'closed';
        options.onHealth({ kind: 'failing', detail: guard.lastProblem(), isRetrying: false });
        return null;
      }
      state = 'open';
      startedAt = options.now();
      const { suspendData, location } = model.elements;
      const saved = guard.getValue(suspendData);
      // Starting fresh over suspend data that could not be read would overwrite the learner's
      // record with nothing: end the session instead and say so.
      if (guard.readFailed()) {
        guard.noteProblem('Reading your saved progress');
        guard.run('Ending the session', () => calls.terminate());
        state = 'closed';
        options.onHealth({ kind: 'failing', detail: guard.lastProblem(), isRetrying: false });
        return null;
      }
      const recorded = model.readRecorded(guard.getValue);
      const start = {
        suspendData: saved,
        location: guard.getValue(location),
        recorded,
        begun: model.readBegun(guard.getValue),
        interactions: Math.max(0, Number.parseInt(guard.getValue('cmi.interactions._count'), 10) || 0),
      };
      write(model.startWrites(recorded));
      return start;
    },
    setSuspendData: (text) => write([[model.elements.suspendData, text]]),
    setLocation: (route) => {
      if (route.length <= model.locationLimit) write([[model.elements.location, route]]);
    },
    report: (report) => write(model.reportWrites(report)),
    interaction: (n, record) => {
      if (state !== 'open') return;
      for (const [element, value] of model.interactionWrites(n, record)) {
        if (!guard.run(`Saving ${element}`, () => calls.setValue(element, value))) continue;
        written.set(element, value);
        unsaved.add(element);
      }
    },
    commit() {
      if (state !== 'open') return false;
      cancelRetry?.();
      cancelRetry = null;
      if (trySave()) {
        options.onHealth({ kind: 'saved' });
        return true;
      }
      retry(0);
      return false;
    },
    hasUnsavedChanges: () => pending.size > 0 || [...unsaved].some((element) => element !== model.elements.location),
    finish(isFinished) {
      if (state !== 'open') return;
      cancelRetry?.();
      cancelRetry = null;
      write(model.endWrites(options.now() - startedAt, isFinished));
      // The page is going away: no timers now, so the bounded retries happen at once.
      let saved = trySave();
      for (let i = 0; !saved && i < delays.length; i += 1) saved = trySave();
      const ended = guard.run('Ending the session', () => calls.terminate());
      state = 'closed';
      options.onHealth({ kind: 'ended', isSaved: saved && ended });
    },
  };
}
