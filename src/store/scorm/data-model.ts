/**
 * What differs between SCORM 1.2 and 2004, as one shape: the calls, the element names and the
 * value formats. `scorm12.ts` and `scorm2004.ts` each build one; `lms-connection.ts` uses it
 * without knowing which version it talks to.
 */
import type { InteractionRecord } from '../../domain/lms/interaction';
import type { LmsCourseStatus, LmsReport } from '../../domain/lms/lms-report';
import type { ScormVersion } from './find-api';

/** Element/value pairs to write, in order (SCORM needs e.g. `objectives.n.id` first). */
export type Writes = [element: string, value: string][];

/** The outcome an LMS already holds from an earlier session. */
export interface RecordedOutcome {
  /** Status, with `not attempted` for a first launch. */
  status: LmsCourseStatus | 'not attempted';
  /** Score 0 to 100, if one was recorded. */
  score?: number;
}

/** The raw API calls of one version, bound to the API object. They may return anything or throw. */
export interface ScormCalls {
  initialize(): unknown;
  terminate(): unknown;
  getValue(element: string): unknown;
  setValue(element: string, value: string): unknown;
  commit(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
  diagnostic(code: string): unknown;
}

/** One SCORM version's data model. */
export interface DataModel {
  /** Which version this is. */
  version: ScormVersion;
  /** The API calls. */
  calls: ScormCalls;
  /** Longest suspend data the version allows, in characters. */
  suspendLimit: number;
  /** Longest bookmark the version allows, in characters. */
  locationLimit: number;
  /** Element names read or written as they are. */
  elements: { suspendData: string; location: string };
  /** Error codes that only mean "no value yet" when reading (2004's 403). */
  emptyReadCodes: readonly string[];
  /** Reads the outcome recorded in earlier sessions. */
  readRecorded(get: (element: string) => string): RecordedOutcome;
  /** Reads which objectives earlier sessions recorded as begun, so none goes back to not attempted. */
  readBegun(get: (element: string) => string): string[];
  /** What to write at the start of a session (`incomplete` on a first launch). */
  startWrites(recorded: RecordedOutcome): Writes;
  /** Status, score and objectives as this version's elements. */
  reportWrites(report: LmsReport): Writes;
  /** One answered scenario as `cmi.interactions.<n>.*`, in the order the version requires. */
  interactionWrites(n: number, record: InteractionRecord): Writes;
  /** Session time and exit mode, written once when the session ends. */
  endWrites(sessionMs: number, isFinished: boolean): Writes;
}

/** A score element value: a whole number from 0 to 100. */
export const scoreText = (score: number): string => String(Math.min(100, Math.max(0, Math.round(score))));

/** A number read from the LMS, if it is one. */
export function readScore(text: string): number | undefined {
  const n = text.trim() === '' ? Number.NaN : Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** Most objectives read back at launch: the course reports at most eleven. */
const MAX_OBJECTIVES_READ = 50;

/**
 * Objective ids whose status (read with `statusOf(n)`) is anything but not attempted. Reads
 * `cmi.objectives._count` first, so a first launch costs one call.
 */
export function readBegunObjectives(get: (element: string) => string, statusElement: string): string[] {
  const count = Math.min(MAX_OBJECTIVES_READ, Number.parseInt(get('cmi.objectives._count'), 10) || 0);
  const begun: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const status = get(`cmi.objectives.${n}.${statusElement}`);
    const id = get(`cmi.objectives.${n}.id`);
    if (id && status && status !== 'not attempted' && status !== 'unknown') begun.push(id);
  }
  return begun;
}
