/**
 * Finds the LMS's SCORM API object. An LMS puts it on a window above the course (a parent frame)
 * or on the window that opened the course's popup. Any ancestor may be on another origin, and
 * reading a property of one throws, so every read is guarded.
 */

/** The two SCORM versions this course is packaged for. */
export type ScormVersion = '1.2' | '2004';

/** The SCORM 1.2 API (`window.API`). Every call returns a string; success is `"true"`. */
export interface Scorm12Api {
  LMSInitialize(param: ''): string;
  LMSFinish(param: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(param: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** The SCORM 2004 API (`window.API_1484_11`). Every call returns a string; success is `"true"`. */
export interface Scorm2004Api {
  Initialize(param: ''): string;
  Terminate(param: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(param: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

/** An API found, tagged with its version. */
export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** How far up a frame chain to look; real LMSs nest a handful of frames. */
const MAX_HOPS = 500;

const NAMES = { '1.2': 'API', '2004': 'API_1484_11' } as const;
const METHODS = {
  '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'],
  '2004': ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'],
} as const;

/** A window-like object: only what discovery reads, so tests can build fake frame trees. */
export interface FrameLike {
  /** The parent frame; the window itself at the top. */
  readonly parent: FrameLike | null;
  /** The top of this frame tree. */
  readonly top: FrameLike | null;
  /** The window that opened this one as a popup, if any. */
  readonly opener: FrameLike | null;
}

/** Reads a property without letting a cross-origin SecurityError escape. */
function read(target: unknown, key: string): unknown {
  try {
    return typeof target === 'object' && target !== null ? (target as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function apiOn(win: FrameLike, version: ScormVersion): FoundApi | null {
  const api = read(win, NAMES[version]);
  if (typeof api !== 'object' || api === null) return null;
  if (!METHODS[version].every((m) => typeof read(api, m) === 'function')) return null;
  return version === '1.2' ? { version, api: api as Scorm12Api } : { version, api: api as Scorm2004Api };
}

/** Looks at `start` and each parent above it. */
function searchUp(start: FrameLike | null, version: ScormVersion): FoundApi | null {
  let win = start;
  for (let hops = 0; win && hops <= MAX_HOPS; hops += 1) {
    const found = apiOn(win, version);
    if (found) return found;
    const parent = read(win, 'parent') as FrameLike | null | undefined;
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/**
 * Finds the API: up the parent chain from `start`, then up the chain of the window that opened
 * the top window. With `wanted` (the version the package was built for) only that version is
 * accepted; without it, 2004 is preferred, then 1.2.
 */
export function findLmsApi(start: FrameLike, wanted?: ScormVersion): FoundApi | null {
  const top = read(start, 'top') as FrameLike | null | undefined;
  const opener = read(top ?? start, 'opener') as FrameLike | null | undefined;
  for (const version of wanted ? [wanted] : (['2004', '1.2'] as const)) {
    const found = searchUp(start, version) ?? (opener ? searchUp(opener, version) : null);
    if (found) return found;
  }
  return null;
}
