/**
 * Reads the `crisisLines` setting. A line with a bad part is left out (showing a wrong number is
 * worse than showing none of that line); when no line is usable the course's own lines stay, so
 * a crisis line is always on screen.
 */
import type { CrisisLine } from './settings-types';
import {
  closestName,
  describe,
  type Fields,
  httpsProblem,
  lineProblem,
  phoneProblem,
  type ProblemSink,
  textLineProblem,
} from './field-checks';
import { isRecord } from '../encoding/untrusted-text';

/** The most lines a footer can show and still be read. */
export const MAX_CRISIS_LINES = 4;

const LINE_FIELDS = ['label', 'number', 'text', 'chat'] as const;

/** Reads one line, or undefined (reported) when any part is unusable. */
function readLine(value: unknown, path: string, sink: ProblemSink): CrisisLine | undefined {
  if (!isRecord(value)) {
    sink.invalid(path, `must be an object with a label and a number, found ${describe(value)}; this line is left out`);
    return undefined;
  }
  reportUnknownLineFields(value, path, sink);
  const faults = [
    ['label', lineProblem(value.label, 80)],
    ['number', phoneProblem(value.number)],
    ['text', value.text === undefined || value.text === null ? null : textLineProblem(value.text)],
    ['chat', value.chat === undefined || value.chat === null ? null : httpsProblem(value.chat)],
  ] as const;
  const found = faults.filter(([, problem]) => problem !== null);
  for (const [key, problem] of found) sink.invalid(`${path}.${key}`, `${problem}; this line is left out`);
  if (found.length > 0) return undefined;
  const line: CrisisLine = { label: String(value.label).trim(), number: String(value.number).trim() };
  if (typeof value.text === 'string') line.text = value.text.trim();
  if (typeof value.chat === 'string') line.chat = value.chat;
  return line;
}

function reportUnknownLineFields(line: Fields, path: string, sink: ProblemSink): void {
  for (const key of Object.keys(line)) {
    if ((LINE_FIELDS as readonly string[]).includes(key)) continue;
    const near = closestName(key, LINE_FIELDS);
    sink.unknown(
      `${path}.${key}`,
      `is not part of a crisis line, so it was ignored${near ? ` (did you mean "${near}"?)` : ''}; a line has ${LINE_FIELDS.join(', ')}`,
    );
  }
}

/** The usable lines of `value`, or undefined (reported) when none is usable. */
export function readCrisisLines(value: unknown, sink: ProblemSink): CrisisLine[] | undefined {
  const keep = 'so the course’s own crisis lines are shown';
  if (!Array.isArray(value)) {
    sink.invalid('crisisLines', `must be a list of lines in [ ], found ${describe(value)}, ${keep}`);
    return undefined;
  }
  if (value.length > MAX_CRISIS_LINES)
    sink.invalid('crisisLines', `has ${value.length} lines; only the first ${MAX_CRISIS_LINES} are shown so the footer stays readable`);
  const lines = value.slice(0, MAX_CRISIS_LINES).flatMap((v, i) => readLine(v, `crisisLines[${i}]`, sink) ?? []);
  if (lines.length === 0) {
    sink.invalid('crisisLines', `has no usable line, ${keep}`);
    return undefined;
  }
  return lines;
}
