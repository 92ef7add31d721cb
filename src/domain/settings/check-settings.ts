/**
 * Checks a host's `course-settings.json`. Every field is read on its own: a refused value is
 * reported and its default used, so one typo never costs the rest of the file, and a file that
 * is not JSON at all leaves the course running on its defaults. Fields the course does not know
 * are reported too (most are misspellings of one it does).
 */
import { closestName, describe, type Fields, imagePathProblem, lineProblem, phoneProblem, type ProblemSink } from './field-checks';
import { isRecord } from '../encoding/untrusted-text';
import { readAccent } from './read-accent';
import { readCrisisLines } from './read-crisis-lines';
import type { CourseSettings, SettingName, SettingsCheck, SettingsProblem } from './settings-types';

/** What the check needs from the course. */
export interface SettingsContext {
  /** The course's own settings: every refused or missing value falls back to these. */
  defaults: CourseSettings;
  /** Every module id the course has, in course order. */
  moduleIds: readonly string[];
}

/** Largest settings file read, in characters: far above any real one, small enough to parse at once. */
export const MAX_SETTINGS_CHARS = 100_000;

/** A field's accepted value (`value: undefined` means "set to none"), or undefined when refused. */
type Read = (value: unknown, sink: ProblemSink, ctx: SettingsContext) => { value: unknown } | undefined;

/** What the course shows when a field is refused. */
function fallback(name: SettingName, ctx: SettingsContext): string {
  const d = ctx.defaults[name];
  if (d === undefined) return 'so it is left unset';
  return `so the default is used (${typeof d === 'string' ? `"${d}"` : JSON.stringify(d)})`;
}

/** A required or optional line of text of at most `max` characters. */
const line =
  (name: SettingName, max: number, optional: boolean): Read =>
  (value, sink, ctx) => {
    if (value === null && optional) return { value: undefined };
    const problem = lineProblem(value, max);
    if (problem === null) return { value: String(value).trim() };
    sink.invalid(name, `${problem}, ${fallback(name, ctx)}`);
    return undefined;
  };

const READERS: Record<SettingName, Read> = {
  courseName: line('courseName', 80, false),
  organizationName: line('organizationName', 60, true),
  crisisLines: (value, sink) => wrap(readCrisisLines(value, sink)),
  emergencyNumber: (value, sink, ctx) => {
    const problem = phoneProblem(value);
    if (problem === null) return { value: String(value).trim() };
    sink.invalid('emergencyNumber', `${problem}, ${fallback('emergencyNumber', ctx)}`);
    return undefined;
  },
  escalationRoute: line('escalationRoute', 300, true),
  reportingNotes: line('reportingNotes', 600, true),
  passMark: (value, sink, ctx) => {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100) return { value };
    const hint = typeof value === 'string' ? ' (write the number without quotes)' : '';
    sink.invalid('passMark', `must be a whole number from 0 to 100${hint}, found ${describe(value)}, ${fallback('passMark', ctx)}`);
    return undefined;
  },
  modules: (value, sink, ctx) => wrap(readModules(value, sink, ctx)),
  courseReview: (value, sink, ctx) => {
    if (typeof value === 'boolean') return { value };
    sink.invalid('courseReview', `must be true or false (without quotes), found ${describe(value)}, ${fallback('courseReview', ctx)}`);
    return undefined;
  },
  accentColor: (value, sink) => wrap(readAccent(value, sink)),
  logo: (value, sink, ctx) => {
    if (value === null) return { value: undefined };
    const problem = imagePathProblem(value);
    if (problem === null) return { value: String(value).trim() };
    sink.invalid('logo', `${problem}, ${fallback('logo', ctx)}`);
    return undefined;
  },
  instructorContact: line('instructorContact', 200, true),
};

function wrap(value: unknown): { value: unknown } | undefined {
  return value === undefined ? undefined : { value };
}

/** The known module ids of `value`, in the host's order, each once; undefined when none is usable. */
function readModules(value: unknown, sink: ProblemSink, ctx: SettingsContext): string[] | undefined {
  const all = 'so every module is shown in course order';
  if (!Array.isArray(value)) {
    sink.invalid('modules', `must be a list of module ids in [ ], found ${describe(value)}, ${all}`);
    return undefined;
  }
  const out: string[] = [];
  value.forEach((id, i) => {
    if (typeof id === 'string' && ctx.moduleIds.includes(id.trim())) {
      if (out.includes(id.trim())) sink.invalid(`modules[${i}]`, `"${id}" is listed twice; it is shown once, in its first place`);
      else out.push(id.trim());
      return;
    }
    const near = typeof id === 'string' ? closestName(id, ctx.moduleIds) : undefined;
    sink.invalid(
      `modules[${i}]`,
      `${describe(id)} is not a module of this course, so it is left out${near ? ` (did you mean "${near}"?)` : ''}; the modules are ${ctx.moduleIds.join(', ')}`,
    );
  });
  if (out.length === 0) {
    sink.invalid('modules', `lists no module of this course, ${all}`);
    return undefined;
  }
  return out;
}

/** Checks parsed settings: complete settings to use, and every problem. */
export function checkSettings(raw: unknown, ctx: SettingsContext): SettingsCheck {
  const problems: SettingsProblem[] = [];
  const sink: ProblemSink = {
    invalid: (field, message) => problems.push({ kind: 'invalid', field, message }),
    unknown: (field, message) => problems.push({ kind: 'unknown', field, message }),
  };
  const settings = structuredCopy(ctx.defaults);
  const fromFile: SettingName[] = [];
  if (!isRecord(raw)) {
    sink.invalid('file', `must hold one object in { }, found ${describe(raw)}, so every setting uses its default`);
    return { settings, problems, fromFile };
  }
  for (const [key, value] of Object.entries(raw)) {
    // "$comment" and the like: notes for people, allowed anywhere at the top level.
    if (key.startsWith('$')) continue;
    const name = Object.hasOwn(READERS, key) ? (key as SettingName) : undefined;
    if (!name) {
      reportUnknown(key, sink);
      continue;
    }
    const read = READERS[name](value, sink, ctx);
    if (!read) continue;
    fromFile.push(name);
    if (read.value === undefined) delete (settings as Partial<CourseSettings>)[name];
    else (settings as unknown as Fields)[name] = read.value;
  }
  return { settings, problems, fromFile };
}

function reportUnknown(key: string, sink: ProblemSink): void {
  const near = closestName(key, Object.keys(READERS));
  sink.unknown(key, `is not a setting this course knows, so it was ignored${near ? ` (did you mean "${near}"?)` : ''}`);
}

/** A deep copy of plain settings, so a check never shares arrays with the defaults. */
function structuredCopy(s: CourseSettings): CourseSettings {
  return { ...s, crisisLines: s.crisisLines.map((l) => ({ ...l })), modules: [...s.modules], accentColor: { ...s.accentColor } };
}

/** Checks the text of a settings file: JSON first, then every field. */
export function checkSettingsText(text: string, ctx: SettingsContext): SettingsCheck {
  const none = { settings: structuredCopy(ctx.defaults), fromFile: [] };
  const refuse = (message: string): SettingsCheck => ({ ...none, problems: [{ kind: 'invalid', field: 'file', message }] });
  if (text.length > MAX_SETTINGS_CHARS) return refuse(`is larger than ${MAX_SETTINGS_CHARS} characters, so every setting uses its default`);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse('is empty, so every setting uses its default');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(
      `is not valid JSON (${detail}). Look for a missing comma or quote, or a comma after the last item. Every setting uses its default`,
    );
  }
  return checkSettings(parsed, ctx);
}
