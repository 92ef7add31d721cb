/**
 * Guarded SCORM calls. Every result is a string: only "true" means success, so `"false"`,
 * `false`, `undefined` and a throw all count as failure, and the reason is read back with the
 * version's error calls (last error, its text and the LMS's diagnostic) for the learner's notice.
 */
import type { ScormCalls } from './data-model';

/** Calls with failures turned into results and readable reasons. */
export interface GuardedCalls {
  /** Runs a call; true only when it returned the string "true". */
  run(what: string, call: () => unknown): boolean;
  /** Reads an element; "" when the LMS has no value, fails or does not answer. */
  getValue(element: string): string;
  /** True when the last read failed for a reason other than "no value yet". */
  readFailed(): boolean;
  /** Why the last failed call failed, in words ("Commit: error 101: General exception"). */
  lastProblem(): string;
  /** Records a reason for a failure found by other means. */
  noteProblem(what: string): void;
}

/** Wraps `calls`; `emptyReadCodes` are error codes that only mean "no value yet". */
export function guardCalls(calls: ScormCalls, emptyReadCodes: readonly string[]): GuardedCalls {
  let problem = '';

  function lastErrorCode(): string | null {
    try {
      return String(calls.lastError());
    } catch {
      return null;
    }
  }

  function describe(what: string, threw: boolean): string {
    const code = threw ? null : lastErrorCode();
    if (code === null) return `${what}: the LMS did not answer`;
    if (code === '' || code === '0') return `${what}: the LMS said no`;
    let text = '';
    try {
      text = `${String(calls.errorString(code) ?? '')} ${String(calls.diagnostic(code) ?? '')}`.trim();
    } catch {
      // The code alone still helps support staff.
    }
    return `${what}: error ${code}${text ? `: ${text}` : ''}`;
  }

  return {
    run(what, call) {
      let threw = false;
      let result: unknown;
      try {
        result = call();
      } catch {
        threw = true;
      }
      if (result === 'true') return true;
      problem = describe(what, threw);
      return false;
    },
    getValue(element) {
      try {
        const value = calls.getValue(element);
        return typeof value === 'string' ? value : '';
      } catch {
        return '';
      }
    },
    readFailed() {
      const code = lastErrorCode();
      return code === null || (code !== '' && code !== '0' && !emptyReadCodes.includes(code));
    },
    lastProblem: () => problem,
    noteProblem(what) {
      problem = describe(what, false);
    },
  };
}
