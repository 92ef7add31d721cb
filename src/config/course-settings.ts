/**
 * The settings this page runs with, set once at start-up (src/app/load-settings.ts) before the
 * app renders, so every reader sees one value for the page's life. Until then, and whenever the
 * host's file cannot be read, the course's own defaults.
 */
import type { CourseSettings, SettingsProblem } from '../domain/settings/settings-types';
import { DEFAULT_SETTINGS } from './site';

/** Where the settings came from, for the diagnostics page. */
export type SettingsSource =
  /** Read and checked from course-settings.json (`savedCopy`: the copy kept for offline use). */
  | { kind: 'file'; url: string; savedCopy: boolean }
  /** The file could not be fetched (missing, offline with nothing saved, or too slow): defaults. */
  | { kind: 'unavailable'; url: string; reason: string }
  /** Nothing was loaded (tests, or before start-up finished). */
  | { kind: 'built-in' };

/** The settings in use and what the check found. */
export interface LoadedSettings {
  /** Complete settings. */
  settings: CourseSettings;
  /** Every problem the check found in the host's file. */
  problems: SettingsProblem[];
  /** Fields whose value came from the file. */
  fromFile: readonly string[];
  /** Where they came from. */
  source: SettingsSource;
}

let current: LoadedSettings = { settings: DEFAULT_SETTINGS, problems: [], fromFile: [], source: { kind: 'built-in' } };

/** The settings in use. */
export function courseSettings(): Readonly<CourseSettings> {
  return current.settings;
}

/** The settings in use with their problems and source. */
export function loadedSettings(): Readonly<LoadedSettings> {
  return current;
}

/** Called once by start-up (and by tests) before the app renders. */
export function setLoadedSettings(next: LoadedSettings): void {
  current = next;
}
