/**
 * The shape of a host's `course-settings.json` once checked: what an organization may change
 * without a rebuild (docs/hosting.md documents every field for hosts). Everything optional is
 * absent when not set; the course's own defaults (src/config/site.ts) fill every required field.
 */

/** One crisis line, shown in the crisis footer as one sentence. */
export interface CrisisLine {
  /** The words that open the sentence: where or whom the line serves ("In the US"). */
  label: string;
  /** The number to call. */
  number: string;
  /** How to text it: a number, or "KEYWORD to NUMBER"; absent when the line takes no texts. */
  text?: string;
  /** An https address for online chat; absent when the line has none. */
  chat?: string;
}

/** The accent colour for each theme, as `#rrggbb`; a theme without one keeps the course's colour. */
export interface AccentColors {
  /** Used in the light theme. */
  light?: string;
  /** Used in the dark theme. */
  dark?: string;
}

/** Every setting, checked and complete. */
export interface CourseSettings {
  /** The course's name: header, page titles and home page. */
  courseName: string;
  /** The organization's short name, shown in the header and before its protocol sentence. */
  organizationName?: string;
  /** One or more crisis lines, in the order shown. */
  crisisLines: CrisisLine[];
  /** The number to call when someone is in immediate danger. */
  emergencyNumber: string;
  /** The organization's escalation route in one sentence, shown with safety feedback. */
  escalationRoute?: string;
  /** State or region notes on reporting duties, shown with feedback on reporting scenarios. */
  reportingNotes?: string;
  /** The default pass mark for every quiz, a whole percent 0–100. */
  passMark: number;
  /** Module ids to show, in the order shown. */
  modules: string[];
  /** Whether the mixed course review is offered. */
  courseReview: boolean;
  /** The accent colour per theme (contrast-checked). */
  accentColor: AccentColors;
  /** A logo beside the course name: a relative path on the course's own site. */
  logo?: string;
  /** Who to contact about the course, in one line. */
  instructorContact?: string;
}

/** The name of a top-level setting. */
export type SettingName = keyof CourseSettings;

/** One thing wrong with a settings file, in words a host who is not a programmer can act on. */
export interface SettingsProblem {
  /** `invalid`: a value was refused and a default used; `unknown`: a field the course does not know, ignored. */
  kind: 'invalid' | 'unknown';
  /** Where: a field path such as `crisisLines[1].number`, or `file` for the file as a whole. */
  field: string;
  /** What is wrong, and what the course does instead. */
  message: string;
}

/** The result of checking a settings file: settings to use (never missing a field) and every problem. */
export interface SettingsCheck {
  /** Complete settings: every valid value from the file, a default for everything else. */
  settings: CourseSettings;
  /** Every problem, in file order. Empty when the file is fully valid. */
  problems: SettingsProblem[];
  /** The fields whose value came from the file (valid and used). */
  fromFile: SettingName[];
}

/** Formats a problem as one line: `field: message`. */
export function formatSettingsProblem(p: SettingsProblem): string {
  return `${p.field}: ${p.message}`;
}
