/**
 * The crisis footer as plain words, the way src/components/crisis-line.tsx shows it (a test
 * keeps the two equal): the settings check prints it, so a host reads exactly what learners will.
 */
import type { CourseSettings, CrisisLine } from './settings-types';

/** How a line is reached: "call or text 988", "call 116 123, or text HOME to 741741". */
export function howToReach(line: CrisisLine): string {
  if (line.text === line.number) return `call or text ${line.number}`;
  return `call ${line.number}${line.text ? `, or text ${line.text}` : ''}`;
}

/** The whole crisis footer after "Need help now?". */
export function crisisText({ crisisLines, emergencyNumber }: Pick<CourseSettings, 'crisisLines' | 'emergencyNumber'>): string {
  const lines = crisisLines.map((l) => `${l.label}, ${howToReach(l)}${l.chat ? ', or chat online' : ''}.`);
  return `${lines.join(' ')} If someone is in immediate danger, call ${emergencyNumber}.`;
}
