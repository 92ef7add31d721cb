// Fake SCORM APIs for adapter tests: they keep values in a map, log every call, and can be told
// to answer "false" (with an error code) or to throw, as a failing or vanished LMS does.
import type { Scorm12Api, Scorm2004Api } from '../../src/store/scorm/find-api';

/** How a fake LMS misbehaves. */
export interface FakeBehavior {
  /** Calls (by method name) that answer "false". */
  refuse: Set<string>;
  /** When true every call throws, as an LMS whose page has gone does. */
  isDown: boolean;
  /** The error code reported after a refused call. */
  errorCode: string;
}

/** A fake API with its call log, stored values and behavior switches. */
export interface Fake<A> {
  api: A;
  log: string[];
  /** Every call, including error reads and calls that threw. */
  calls: () => number;
  values: Map<string, string>;
  behavior: FakeBehavior;
}

function fake<A>(
  names: { get: string; set: string; lastError: string; errorString: string; diagnostic: string },
  methods: string[],
  initial: Record<string, string>,
): Fake<A> {
  const values = new Map(Object.entries(initial));
  const log: string[] = [];
  const behavior: FakeBehavior = { refuse: new Set(), isDown: false, errorCode: '101' };
  let lastError = '0';
  let count = 0;
  const api: Record<string, (...args: string[]) => string> = {};
  for (const method of methods) {
    api[method] = (...args: string[]) => {
      count += 1;
      if (behavior.isDown) throw new Error('The LMS window is gone');
      if (method === names.lastError) return lastError;
      if (method === names.errorString) return args[0] === '0' ? '' : 'General exception';
      if (method === names.diagnostic) return args[0] === '0' ? '' : 'database unavailable';
      log.push(args.length > 0 && args[0] !== '' ? `${method} ${args.join(' = ')}` : method);
      if (behavior.refuse.has(method)) {
        lastError = behavior.errorCode;
        return method === names.get ? '' : 'false';
      }
      lastError = '0';
      if (method === names.get) {
        const element = args[0] ?? '';
        if (!values.has(element) && element.startsWith('cmi.location')) lastError = '403';
        return values.get(element) ?? '';
      }
      if (method === names.set) values.set(args[0] ?? '', args[1] ?? '');
      return 'true';
    };
  }
  return { api: api as unknown as A, log, calls: () => count, values, behavior };
}

/** A fake SCORM 1.2 LMS holding `initial` values. */
export function fake12(initial: Record<string, string> = {}): Fake<Scorm12Api> {
  const names = {
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
    diagnostic: 'LMSGetDiagnostic',
  };
  return fake<Scorm12Api>(
    names,
    ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    initial,
  );
}

/** A fake SCORM 2004 LMS holding `initial` values (reading an unset `cmi.location` gives 403). */
export function fake2004(initial: Record<string, string> = {}): Fake<Scorm2004Api> {
  const names = { get: 'GetValue', set: 'SetValue', lastError: 'GetLastError', errorString: 'GetErrorString', diagnostic: 'GetDiagnostic' };
  return fake<Scorm2004Api>(
    names,
    ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
    initial,
  );
}

/** A manual timer queue: `run()` fires everything due, in order. */
export function manualTimers() {
  const queue: { run: () => void; ms: number; live: boolean }[] = [];
  return {
    delays: () => queue.map((t) => t.ms),
    schedule: (run: () => void, ms: number) => {
      const timer = { run, ms, live: true };
      queue.push(timer);
      return () => {
        timer.live = false;
      };
    },
    runAll() {
      while (queue.length > 0) {
        const timer = queue.shift();
        if (timer?.live) timer.run();
      }
    },
  };
}

/** A fake clock with timers: `advance(ms)` moves time on and fires what falls due, in order. */
export function fakeClock(start = 0) {
  let time = start;
  const timers: { at: number; run: () => void; live: boolean }[] = [];
  return {
    now: () => time,
    schedule: (run: () => void, ms: number) => {
      const timer = { at: time + ms, run, live: true };
      timers.push(timer);
      return () => {
        timer.live = false;
      };
    },
    /** Milliseconds until each waiting timer fires. */
    waiting: () => timers.filter((t) => t.live).map((t) => t.at - time),
    advance(ms: number) {
      const end = time + ms;
      for (;;) {
        const due = timers.filter((t) => t.live && t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        due.live = false;
        timers.splice(timers.indexOf(due), 1);
        time = due.at;
        due.run();
      }
      time = end;
    },
  };
}
