/**
 * The course's own settings: what every host gets when its `course-settings.json` leaves a field
 * out or sets it wrongly (docs/hosting.md). These are the US defaults (988 and 911 are US
 * numbers); a host elsewhere changes them in course-settings.json, with no rebuild.
 */
import { course } from '../../content/course';
import type { CourseSettings } from '../domain/settings/settings-types';

/** The defaults. `public/course-settings.json` ships the same values (a test keeps them equal). */
export const DEFAULT_SETTINGS: CourseSettings = {
  courseName: 'Peer Support Values',
  // Read as "In the US, call or text 988." followed by the emergency sentence.
  crisisLines: [{ label: 'In the US', number: '988', text: '988' }],
  emergencyNumber: '911',
  passMark: course.passMark,
  modules: course.modules.map((m) => m.id),
  courseReview: true,
  accentColor: {},
};
